using Byline.Storage;
using Byline.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Byline.Site;

/// <summary>
/// The sections in navigation order. Every page's header shows them, so they are read once a minute, not once a page;
/// while the database is away the last list read is shown (the error page must never fail on its own header).
/// </summary>
public sealed class SectionDirectory(BylineDb db, IMemoryCache cache)
{
    private const string CacheKey = "Byline.Sections";
    private const string LastKnownKey = "Byline.Sections.LastKnown";

    public async Task<IReadOnlyList<SectionLink>> AllAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey, out IReadOnlyList<SectionLink>? fresh) && fresh is not null)
        {
            return fresh;
        }
        try
        {
            IReadOnlyList<SectionLink> sections = await db.Sections.AsNoTracking()
                .OrderBy(s => s.Position).ThenBy(s => s.Name)
                .Select(s => new SectionLink(s.Id, s.Name, s.Slug))
                .ToListAsync(cancellationToken);
            cache.Set(CacheKey, sections, TimeSpan.FromMinutes(1));
            cache.Set(LastKnownKey, sections);
            return sections;
        }
        catch (Exception e) when (DatabaseOutage.IsOutage(e))
        {
            return cache.TryGetValue(LastKnownKey, out IReadOnlyList<SectionLink>? lastKnown) && lastKnown is not null ? lastKnown : [];
        }
    }

    public void Forget() => cache.Remove(CacheKey);
}
