namespace Byline.Transfer.WordPress;

/// <summary>Where an uploaded export stands, as its marker records it (see <see cref="ImportUploadMarker"/>).</summary>
public enum ImportUploadStage
{
    Checking,
    Checked,
    Importing,
}
