using Byline.Accounts;
using Byline.Caching;
using Byline.Outcomes;
using Byline.Search;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Deletes a story for good, only from the trash: by an admin, or by the purge once it has waited there
/// <see cref="StoryTrash.KeptFor"/>. One conditional DELETE (only while the story is still in the trash, so two admins
/// or two nodes delete it once), with its comments, revisions, corrections, old addresses and audit entry in the same
/// transaction.
/// </summary>
public sealed class StoryDeletion(BylineDb db, AuditLog audit, PublicCache cache, IArticleSearch search, StoryTrash trash)
{
    public async Task<Outcome> DeleteAsync(int articleId, bool confirmed, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!ArticleAccess.CanDeletePermanently(actor))
        {
            return Outcome.Forbidden("Only an admin can delete a story for good.");
        }
        if (await trash.TrashedAsync(articleId, cancellationToken) is not { } story)
        {
            return Outcome.NotFound("There is no such story in the trash. A story is deleted for good only from the trash.");
        }
        if (!confirmed)
        {
            return Outcome.Invalid("Confirm that the story is deleted for good: nothing was deleted.");
        }
        if (!await DeleteTrashedAsync(story, actor, $"Deleted “{story.Headline}”", DateTimeOffset.MaxValue, cancellationToken))
        {
            return Outcome.NotFound("The story left the trash a moment ago.");
        }
        return Outcome.Done($"“{story.Headline}” is deleted for good.");
    }

    /// <summary>Deletes every story trashed at or before <paramref name="trashedBy"/>; the number deleted.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset trashedBy, Actor actor, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var ids = await db.AllArticles.AsNoTracking()
            .Where(a => a.TrashedAt != null && a.TrashedAt <= trashedBy)
            .OrderBy(a => a.Id)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var id in ids)
        {
            if (await trash.TrashedAsync(id, cancellationToken) is { } story
                && await DeleteTrashedAsync(story, actor, $"Deleted “{story.Headline}” {reason}", trashedBy, cancellationToken))
            {
                deleted++;
            }
        }
        return deleted;
    }

    private async Task<bool> DeleteTrashedAsync(StoryState story, Actor actor, string details, DateTimeOffset trashedBy, CancellationToken cancellationToken)
    {
        var deleted = await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Replies first: a reply's parent is restricted, so the cascade from the story must not meet it first.
            await db.Comments.Where(c => c.ArticleId == story.Id && c.ParentId != null).ExecuteDeleteAsync(cancellationToken);
            var gone = await db.AllArticles
                .Where(a => a.Id == story.Id && a.TrashedAt != null && a.TrashedAt <= trashedBy)
                .ExecuteDeleteAsync(cancellationToken);
            if (gone == 0)
            {
                // Restored or deleted meanwhile: leaving without a commit takes the replies' deletion back too.
                return false;
            }
            // A trashed story has no search entry; the index is still told, so that an entry can never outlive its story.
            await search.IndexAsync(story.Id, cancellationToken);
            audit.Add(actor, AuditActions.ArticleDeleted, $"article:{story.Id}", details);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
        if (deleted)
        {
            await cache.EvictStoryAsync(story.CacheScope, cancellationToken);
        }
        return deleted;
    }
}
