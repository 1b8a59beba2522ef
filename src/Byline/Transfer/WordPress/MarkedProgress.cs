namespace Byline.Transfer.WordPress;

/// <summary>A newsroom import's progress: shown on its page, and recorded in its upload's marker as a sign of life.</summary>
internal sealed class MarkedProgress(WordPressImportJob job, ImportUploadMarker? marker) : IProgress<WordPressImportProgress>
{
    public void Report(WordPressImportProgress value)
    {
        job.Report(value);
        marker?.Touch();
    }
}
