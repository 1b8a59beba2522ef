using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Site;

/// <summary>The published static pages of each kind but Other: what the organisation's JSON-LD names.</summary>
public sealed class TrustPages(BylineDb db)
{
    /// <summary>The site path of the published page of each kind that has one.</summary>
    public async Task<IReadOnlyDictionary<StaticPageKind, string>> PublishedAsync(CancellationToken cancellationToken)
    {
        var pages = await db.StaticPages.AsNoTracking()
            .Where(p => p.Published && p.Kind != StaticPageKind.Other)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Kind, p.Slug })
            .ToListAsync(cancellationToken);
        return pages.DistinctBy(p => p.Kind).ToDictionary(p => p.Kind, p => SiteUrls.StaticPage(p.Slug));
    }
}
