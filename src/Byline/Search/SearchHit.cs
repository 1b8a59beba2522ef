namespace Byline.Search;

/// <summary>One result: what the results page and the API show of a story, never its body. <see cref="SnippetHtml"/> is safe HTML.</summary>
public sealed record SearchHit(
    int Id,
    string Headline,
    string Slug,
    string SectionName,
    string SectionSlug,
    DateTimeOffset PublishedAt,
    IReadOnlyList<SearchHitAuthor> Authors,
    string SnippetHtml)
{
    /// <summary>The story's type, labelled in the results when it is not News.</summary>
    public Content.StoryKind Kind { get; init; }
}
