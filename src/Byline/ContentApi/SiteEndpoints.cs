using Byline.Caching;
using Byline.Site;
using Byline.Storage;
using Byline.Web;
using Microsoft.EntityFrameworkCore;

namespace Byline.ContentApi;

/// <summary><c>GET /api/v1/site</c> and <c>GET /api/v1/sections</c>: the site and its sections, for an app's header and menus.</summary>
internal static class SiteEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/site", SiteAsync).CacheOutput(CachePolicies.Machine).WithName("GetSite")
            .WithSummary("The site: its title, description, address, language, time zone, logo and feeds.");
        api.MapGet("/sections", SectionsAsync).CacheOutput(CachePolicies.Machine).WithName("ListSections")
            .WithSummary("Every section, in the site's navigation order.");
    }

    private static async Task<ApiSite> SiteAsync(HttpContext context, SiteIdentity identity, SiteLogo logos, SiteUrls urls, CancellationToken cancellationToken)
    {
        // A settings save evicts the pages that show the site's name (the navigation tag); this answer goes with them.
        CacheTags.Apply(context, CacheTags.Navigation);
        var site = identity.Current;
        var logo = await logos.FindAsync(site.LogoId, cancellationToken);
        return new ApiSite(
            site.Title,
            site.Description,
            urls.Absolute("/"),
            site.Language,
            site.TimeZone.Id,
            logo is null ? null : new ApiImage(urls.Absolute(logo.LargestSrc), logo.LargestWidth, logo.LargestHeight),
            new ApiSiteFeeds(
                urls.Absolute(SiteUrls.SiteFeed(FeedFormat.Rss)),
                urls.Absolute(SiteUrls.SiteFeed(FeedFormat.Atom)),
                urls.Absolute(SiteUrls.SiteFeed(FeedFormat.Json))));
    }

    private static async Task<IReadOnlyList<ApiSection>> SectionsAsync(HttpContext context, BylineDb db, SiteUrls urls, CancellationToken cancellationToken)
    {
        CacheTags.Apply(context, CacheTags.Navigation);
        var sections = await db.Sections.AsNoTracking()
            .OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.Slug, s.Description })
            .ToListAsync(cancellationToken);
        return sections.Select(s => new ApiSection(
            s.Id, s.Name, s.Slug, s.Description,
            urls.Absolute(SiteUrls.Section(s.Slug)),
            urls.Absolute(SiteUrls.SectionFeed(s.Slug, FeedFormat.Rss)))).ToList();
    }
}
