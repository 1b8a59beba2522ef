using Byline.Caching;
using Byline.Site;
using Byline.Web;

namespace Byline.Feeds;

/// <summary>RSS, Atom and JSON Feed for the whole site, each section, tag and author (DESIGN section 7 paths), and each story's comments.</summary>
public static class FeedEndpoints
{
    public static WebApplication MapFeeds(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var feeds = app.MapGroup("").CacheOutput(CachePolicies.Machine);
        foreach (var format in Enum.GetValues<FeedFormat>())
        {
            var suffix = SiteUrls.FeedSuffix(format);
            feeds.MapGet(suffix, (FeedComposer composer, CancellationToken ct) =>
                composer.SiteAsync(format, ct));
            feeds.MapGet("/{section}" + suffix, (string section, FeedComposer composer, CancellationToken ct) =>
                composer.SectionAsync(section, format, ct));
            feeds.MapGet("/tag/{slug}" + suffix, (string slug, FeedComposer composer, CancellationToken ct) =>
                composer.TagAsync(slug, format, ct));
            feeds.MapGet("/author/{slug}" + suffix, (string slug, FeedComposer composer, CancellationToken ct) =>
                composer.AuthorAsync(slug, format, ct));
        }
        app.MapCommentFeeds();
        return app;
    }
}
