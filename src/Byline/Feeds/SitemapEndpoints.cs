using Byline.Caching;
using Byline.Site;

namespace Byline.Feeds;

/// <summary>Sitemaps and robots.txt, cached until a publish evicts them.</summary>
public static class SitemapEndpoints
{
    public static WebApplication MapSitemaps(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("").CacheOutput(CachePolicies.Machine).AddEndpointFilter(async (context, next) =>
        {
            CacheTags.Apply(context.HttpContext, CacheTags.Sitemaps);
            return await next(context);
        });

        group.MapGet(SiteUrls.Sitemap, async (SitemapWriter sitemaps, CancellationToken ct) =>
            Results.Bytes(await sitemaps.IndexAsync(ct), SitemapWriter.ContentType));
        group.MapGet(SiteUrls.PagesSitemap, async (SitemapWriter sitemaps, CancellationToken ct) =>
            Results.Bytes(await sitemaps.PagesAsync(ct), SitemapWriter.ContentType));
        group.MapGet("/sitemap-articles-{page:int}.xml", async (int page, SitemapWriter sitemaps, CancellationToken ct) =>
            await sitemaps.StoriesAsync(page, ct) is { } xml ? Results.Bytes(xml, SitemapWriter.ContentType) : Results.NotFound());
        group.MapGet(SiteUrls.NewsSitemap, async (SitemapWriter sitemaps, CancellationToken ct) =>
            Results.Bytes(await sitemaps.NewsAsync(ct), SitemapWriter.ContentType));
        group.MapGet("/robots.txt", (SiteUrls urls) => Results.Text(
            $"""
            User-agent: *
            Disallow: /newsroom/
            Disallow: /search
            Allow: /

            Sitemap: {urls.Absolute(SiteUrls.Sitemap)}
            Sitemap: {urls.Absolute(SiteUrls.NewsSitemap)}

            """,
            "text/plain; charset=utf-8"));
        return app;
    }
}
