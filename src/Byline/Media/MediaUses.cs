using Byline.Caching;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Media;

/// <summary>
/// Finds where an image is shown: the stories of every status that feature it or show it in their text, and the site logo.
/// Text uses are read from the stored Markdown when asked, so no second record can drift out of step with the stories.
/// </summary>
public sealed class MediaUses(BylineDb db)
{
    public async Task<MediaUsage> OfAsync(MediaItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        // Every address of the image contains this, whatever host stands before it. The database narrows on it (instr or
        // strpos: exact case on both engines, no LIKE wildcards to escape); the body's whole addresses then decide.
        var address = MediaUrls.Prefix + item.StorageKey + "-";
        var rows = await db.Articles.AsNoTracking()
            .Where(a => a.FeaturedImageId == item.Id || a.BodyMarkdown.Contains(address))
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Headline, a.Status, a.FeaturedImageId, a.BodyMarkdown, a.CreatedById, Authors = a.Authors.Select(x => x.PersonId).ToList() })
            .ToListAsync(cancellationToken);
        var stories = rows
            .Select(r => new StoryUsingMedia(r.Id, r.Headline, r.Status, r.FeaturedImageId == item.Id, BodyMediaKeys.Shows(r.BodyMarkdown, item.StorageKey), r.CreatedById, r.Authors))
            .Where(s => s.Featured || s.InText)
            .ToList();
        var isLogo = await db.SiteSettings.AnyAsync(s => s.LogoId == item.Id, cancellationToken);
        return new MediaUsage(stories, isLogo);
    }

    /// <summary>The cached pages of the stories that feature the image: they show its words and lose it when it goes.</summary>
    public async Task<IReadOnlyList<StoryCacheScope>> FeaturingScopesAsync(int mediaId, CancellationToken cancellationToken)
    {
        var stories = await db.Articles.AsNoTracking()
            .Where(a => a.FeaturedImageId == mediaId)
            .AsSplitQuery()
            .Select(a => new { a.Id, a.SectionId, Tags = a.Tags.Select(t => t.Id).ToList(), People = a.Authors.Select(x => x.PersonId).ToList() })
            .ToListAsync(cancellationToken);
        return stories.Select(s => new StoryCacheScope(s.Id, [s.SectionId], s.Tags, s.People)).ToList();
    }
}
