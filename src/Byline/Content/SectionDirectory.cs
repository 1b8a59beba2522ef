using Byline.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Byline.Content;

/// <summary>The sections in navigation order. Every page's header shows them, so they are read once a minute, not once a page.</summary>
public sealed class SectionDirectory(BylineDb db, IMemoryCache cache)
{
    private const string CacheKey = "Byline.Sections";

    public async Task<IReadOnlyList<SectionLink>> AllAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return (IReadOnlyList<SectionLink>)await db.Sections.AsNoTracking()
                .OrderBy(s => s.Position).ThenBy(s => s.Name)
                .Select(s => new SectionLink(s.Id, s.Name, s.Slug))
                .ToListAsync(cancellationToken);
        }) ?? [];

    public void Forget() => cache.Remove(CacheKey);
}
