using System.Globalization;
using Byline.Content;
using Byline.Web;

namespace Byline.Site;

/// <summary>The one owner of every public permalink. Change a shape here and add a redirect for the old one.</summary>
public sealed class SiteUrls(SiteTime time, SiteIdentity identity, IHttpContextAccessor httpContextAccessor)
{
    public const string Home = "/";
    public const string Search = "/search";
    public const string Sitemap = "/sitemap.xml";
    public const string NewsSitemap = "/news-sitemap.xml";
    public const string Corrections = "/corrections";

    public string Article(string sectionSlug, DateTimeOffset publishedAt, string slug)
    {
        var date = time.Local(publishedAt);
        return string.Create(CultureInfo.InvariantCulture, $"/{sectionSlug}/{date:yyyy}/{date:MM}/{date:dd}/{slug}");
    }

    public string Article(ArticleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Article(summary.SectionSlug, summary.PublishedAt, summary.Slug);
    }

    /// <summary>Appended to a story's path: the Atom feed of its approved comments.</summary>
    public const string CommentFeedSuffix = "/comments.atom";

    /// <summary>The Atom feed of a story's approved comments, for example /city/2026/03/10/night-trams/comments.atom.</summary>
    public static string CommentFeed(string articlePath) => articlePath + CommentFeedSuffix;

    /// <summary>A comment's place on its story's page.</summary>
    public static string CommentPermalink(string articlePath, int commentId) =>
        string.Create(CultureInfo.InvariantCulture, $"{articlePath}#comment-{commentId}");

    public static string Section(string slug) => "/" + slug;

    /// <summary>A static page (About, the ethics policy, ...): at the first level, beside the sections.</summary>
    public static string StaticPage(string slug) => "/" + slug;

    public static string SectionFeed(string slug, FeedFormat format) => Section(slug) + FeedSuffix(format);

    public static string Tag(string slug) => "/tag/" + slug;

    public static string TagFeed(string slug, FeedFormat format) => Tag(slug) + FeedSuffix(format);

    public static string Author(string slug) => "/author/" + slug;

    public static string AuthorFeed(string slug, FeedFormat format) => Author(slug) + FeedSuffix(format);

    public static string SiteFeed(FeedFormat format) => FeedSuffix(format);

    public static string ArticleSitemap(int page) => string.Create(CultureInfo.InvariantCulture, $"/sitemap-articles-{page}.xml");

    public const string PagesSitemap = "/sitemap-pages.xml";

    public static string WithPage(string path, int page) =>
        page <= 1 ? path : string.Create(CultureInfo.InvariantCulture, $"{path}?page={page}");

    /// <summary>The absolute form of a site path, for canonical links, feeds, sitemaps and structured data.</summary>
    public string Absolute(string path)
    {
        if (identity.Current.PublicUrl is { } configured)
        {
            return configured + path;
        }
        var request = httpContextAccessor.HttpContext?.Request
            ?? throw new InvalidOperationException("An absolute URL needs Byline:Site:PublicUrl or a current request.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }

    /// <summary>"/feed", "/feed/atom" or "/feed/json": appended to a scope's path (the site, a section, an author).</summary>
    public static string FeedSuffix(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "/feed",
        FeedFormat.Atom => "/feed/atom",
        FeedFormat.Json => "/feed/json",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
