namespace Byline.Feeds;

/// <summary>A story's comment feed, with every URL already absolute.</summary>
public sealed record CommentFeedDocument(
    string Title,
    string SiteTitle,
    string Language,
    string StoryUrl,
    string SelfUrl,
    DateTimeOffset Updated,
    IReadOnlyList<CommentFeedEntry> Entries);
