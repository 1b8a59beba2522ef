namespace Byline.ContentApi;

/// <summary>One result of <c>GET /api/v1/search</c>. <see cref="SnippetHtml"/> is safe HTML with the matched words in &lt;mark&gt;.</summary>
public sealed record ApiSearchHit(
    int Id,
    string Headline,
    string Url,
    DateTimeOffset PublishedAt,
    ApiLink Section,
    IReadOnlyList<ApiLink> Authors,
    string SnippetHtml)
{
    /// <summary>The story's type: news, analysis, opinion, review, explainer or sponsored.</summary>
    public string Type { get; init; } = "news";
}
