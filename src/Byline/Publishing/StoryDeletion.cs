using Byline.Accounts;
using Byline.Caching;
using Byline.Content;
using Byline.Outcomes;
using Byline.Search;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Deletes a story that is not live, for whoever the role table lets: one conditional DELETE (never a published story,
/// even one published a moment ago), its search entry and its audit entry in the same transaction, then the pages it
/// was part of are evicted.
/// </summary>
public sealed class StoryDeletion(BylineDb db, AuditLog audit, PublicCache cache, IArticleSearch search)
{
    public async Task<Outcome> DeleteAsync(int articleId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await StoryState.FindAsync(db, articleId, cancellationToken) is not { } story)
        {
            return Outcome.NotFound("There is no such story.");
        }
        if (story.Status == ArticleStatus.Published)
        {
            return Outcome.Forbidden("Unpublish the story before deleting it.");
        }
        if (!ArticleAccess.CanDelete(actor, story.Status, ArticleAccess.IsOwn(actor, story.CreatedById, story.Authors)))
        {
            return Outcome.Forbidden("Your role cannot delete this story.");
        }

        var deleted = await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await db.Articles.Where(a => a.Id == articleId && a.Status != ArticleStatus.Published).ExecuteDeleteAsync(cancellationToken);
            if (rows == 0)
            {
                return false;
            }
            // Only a story that is not live goes, so it has no search entry; the index is still told, so that an entry
            // can never outlive its story.
            await search.IndexAsync(articleId, cancellationToken);
            audit.Add(actor, AuditActions.ArticleDeleted, $"article:{articleId}", $"Deleted “{story.Headline}”");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
        if (!deleted)
        {
            return Outcome.Conflict("The story was published a moment ago; unpublish it first.");
        }

        await cache.EvictStoryAsync(story.CacheScope, cancellationToken);
        return Outcome.Done($"“{story.Headline}” is deleted.");
    }
}
