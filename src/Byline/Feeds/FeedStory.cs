namespace Byline.Feeds;

/// <summary>A story as feeds show it: with its full sanitized HTML.</summary>
public sealed record FeedStory(
    int Id,
    string Headline,
    string Standfirst,
    string Html,
    string SectionName,
    string SectionSlug,
    string Slug,
    DateTimeOffset PublishedAt,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<FeedAuthor> Authors,
    IReadOnlyList<string> Tags)
{
    public DateTimeOffset LastModifiedAt => UpdatedAt ?? PublishedAt;
}
