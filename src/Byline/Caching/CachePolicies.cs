namespace Byline.Caching;

/// <summary>
/// The names of the output-cache policies. Their rules live in <see cref="CachingRegistration"/>, except where a
/// feature knows what varies its page: the article page's in <c>CommentsRegistration</c>, the search's in <c>SearchRegistration</c>.
/// </summary>
public static class CachePolicies
{
    /// <summary>How long a cached page lives at most, when no change evicts it first.</summary>
    public static readonly TimeSpan PageLifetime = HotPages.HotPageCapture.Lifetime;

    /// <summary>Reader pages: kept until a change evicts their tags, at most an hour; only <c>?page=</c> varies them.</summary>
    public const string ReaderPage = "reader-page";

    /// <summary>The article page, which also varies by the comment-received notice.</summary>
    public const string ArticlePage = "article-page";

    /// <summary>Search results, page and API: short-lived, varied by the search parameters only.</summary>
    public const string Search = "search";

    /// <summary>Feeds, sitemaps and robots.txt.</summary>
    public const string Machine = "machine";
}
