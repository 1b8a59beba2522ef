namespace Byline.Caching;

/// <summary>The names of the output-cache policies; their rules live in <see cref="CachingRegistration"/>.</summary>
public static class CachePolicies
{
    /// <summary>Reader pages: kept until a change evicts their tags, at most an hour; only <c>?page=</c> varies them.</summary>
    public const string ReaderPage = "reader-page";

    /// <summary>The article page, which also varies by the comment-received notice.</summary>
    public const string ArticlePage = "article-page";

    /// <summary>Search results, page and API: short-lived, varied by the search parameters only.</summary>
    public const string Search = "search";

    /// <summary>Feeds, sitemaps and robots.txt.</summary>
    public const string Machine = "machine";
}
