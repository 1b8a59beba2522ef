using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Ranks a story's "Related stories" when it goes live or is edited live, never when a reader opens it: the published
/// stories that share its tags or its section, those sharing more first (each shared tag counts one, the same section
/// one), the newest first among equals, at most <see cref="RelatedStory.PerStory"/>. Every method works inside the
/// caller's transaction. Cache eviction needs nothing of its own: a related story shares a tag or the section with the
/// story whose page shows it, and that page carries those tags (<c>Caching.CacheTags</c>), which every publish, edit,
/// unpublish and trashing of the related story evicts.
/// </summary>
public sealed class RelatedStories(BylineDb db)
{
    /// <summary>
    /// A story just published (or edited live, its tags or section perhaps changed): its own list, then the lists of
    /// its new neighbours, the stories it ranks as most related to it. The ranking is symmetric, so those are the stories
    /// it most likely belongs to; stories further away take it in when they are next published or edited.
    /// </summary>
    public async Task RefreshWithNeighboursAsync(int articleId, CancellationToken cancellationToken)
    {
        foreach (var neighbour in await RefreshAsync(articleId, cancellationToken))
        {
            await RefreshAsync(neighbour, cancellationToken);
        }
    }

    /// <summary>The lists of many stories at once (an import, the sample site), each ranked among all the others.</summary>
    public async Task RefreshManyAsync(IEnumerable<int> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        foreach (var id in articleIds)
        {
            await RefreshAsync(id, cancellationToken);
        }
    }

    /// <summary>
    /// A story that left the site (unpublished or trashed): it has no list any more, and the lists that showed it are
    /// ranked again without it, so they stay full.
    /// </summary>
    public async Task RemoveAsync(int articleId, CancellationToken cancellationToken)
    {
        var listing = await db.RelatedStories.Where(r => r.RelatedArticleId == articleId).Select(r => r.ArticleId).ToListAsync(cancellationToken);
        await db.RelatedStories.Where(r => r.ArticleId == articleId || r.RelatedArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        Forget(r => r.ArticleId == articleId || r.RelatedArticleId == articleId);
        await RefreshManyAsync(listing, cancellationToken);
    }

    /// <summary>Ranks one story's list again and stores it; returns it, empty for a story that is not live.</summary>
    public async Task<IReadOnlyList<int>> RefreshAsync(int articleId, CancellationToken cancellationToken)
    {
        await db.RelatedStories.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        Forget(r => r.ArticleId == articleId);
        var story = await db.Articles.AsNoTracking().Published()
            .Where(a => a.Id == articleId)
            .Select(a => new { a.SectionId, TagIds = a.Tags.Select(t => t.Id).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return [];
        }

        var sectionId = story.SectionId;
        var tagIds = story.TagIds;
        var related = await db.Articles.AsNoTracking().Published()
            .Where(a => a.Id != articleId && (a.SectionId == sectionId || a.Tags.Any(t => tagIds.Contains(t.Id))))
            .OrderByDescending(a => a.Tags.Count(t => tagIds.Contains(t.Id)) + (a.SectionId == sectionId ? 1 : 0))
            .ThenByDescending(a => a.PublishedAt)
            .ThenByDescending(a => a.Id)
            .Select(a => a.Id)
            .Take(RelatedStory.PerStory)
            .ToListAsync(cancellationToken);
        db.RelatedStories.AddRange(related.Select((id, position) => new RelatedStory { ArticleId = articleId, RelatedArticleId = id, Position = position }));
        await db.SaveChangesAsync(cancellationToken);
        return related;
    }

    /// <summary>Rows deleted in the database are let go of here too, so the same pair can be added again in this unit of work.</summary>
    private void Forget(Func<RelatedStory, bool> deleted)
    {
        foreach (var entry in db.ChangeTracker.Entries<RelatedStory>().Where(e => deleted(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
