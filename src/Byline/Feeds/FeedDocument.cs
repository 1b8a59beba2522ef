namespace Byline.Feeds;

/// <summary>Everything a feed writer needs, with every URL already absolute.</summary>
public sealed record FeedDocument(
    string Title,
    string Description,
    string Language,
    string HomeUrl,
    string SelfUrl,
    DateTimeOffset Updated,
    IReadOnlyList<FeedEntry> Entries);
