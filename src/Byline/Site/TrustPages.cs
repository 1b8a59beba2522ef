using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Byline.Site;

/// <summary>The published static pages of each kind but Other: what the organisation's JSON-LD names.</summary>
/// <remarks>Read once a minute like the menus (<see cref="SiteMenus.Forget"/> drops it when a page changes).</remarks>
public sealed class TrustPages(BylineDb db, IMemoryCache cache)
{
    internal const string CacheKey = "Byline.TrustPages";

    /// <summary>The site path of the published page of each kind that has one.</summary>
    public async Task<IReadOnlyDictionary<StaticPageKind, string>> PublishedAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey, out IReadOnlyDictionary<StaticPageKind, string>? known) && known is not null)
        {
            return known;
        }
        var pages = await db.StaticPages.AsNoTracking()
            .Where(p => p.Published && p.Kind != StaticPageKind.Other)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Kind, p.Slug })
            .ToListAsync(cancellationToken);
        IReadOnlyDictionary<StaticPageKind, string> published = pages.DistinctBy(p => p.Kind).ToDictionary(p => p.Kind, p => SiteUrls.StaticPage(p.Slug));
        cache.Set(CacheKey, published, TimeSpan.FromMinutes(1));
        return published;
    }
}
