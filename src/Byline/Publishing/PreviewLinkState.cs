namespace Byline.Publishing;

/// <summary>What a share-preview address leads to: a story, a link that stopped working, or nothing we ever issued.</summary>
public enum PreviewLinkState
{
    Unknown,
    Active,
    Expired,
    Revoked,
}
