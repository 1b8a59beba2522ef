namespace Byline.Content;

/// <summary>
/// What a story list needs of a story: never the body. <see cref="CommentCount"/> counts approved comments only;
/// <see cref="Image"/> is the featured image (read in the same query), for the card's thumbnail.
/// </summary>
public sealed record ArticleSummary(
    int Id,
    string Headline,
    string Slug,
    string Standfirst,
    string SectionName,
    string SectionSlug,
    DateTimeOffset PublishedAt,
    int ReadingMinutes,
    IReadOnlyList<string> AuthorNames,
    int CommentCount,
    Byline.Media.MediaItem? Image = null)
{
    /// <summary>The story's type, labelled in lists when it is not News.</summary>
    public StoryKind Kind { get; init; }
}
