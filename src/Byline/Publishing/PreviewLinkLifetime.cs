namespace Byline.Publishing;

/// <summary>How long a share-preview link works; its creator picks one of these.</summary>
public enum PreviewLinkLifetime
{
    OneHour,
    TwoDays,
    OneWeek,
}
