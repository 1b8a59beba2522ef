using Byline.Accounts;
using Byline.Caching;
using Byline.Content;
using Byline.Outcomes;
using Byline.Search;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Moving a story to the trash and back. The trash is a mark beside the story's status (<see cref="Article.TrashedAt"/>),
/// never a status of its own, so a restore returns the story exactly where it stood, with its revisions, comments,
/// corrections and old addresses, which all stay while it waits. Each move is one conditional UPDATE with its audit
/// entry and search entry in the same transaction, then the pages the story was part of are evicted, as
/// <see cref="ArticlePublisher"/> does.
/// </summary>
public sealed class StoryTrash(BylineDb db, AuditLog audit, PublicCache cache, IArticleSearch search, RelatedStories related, TimeProvider clock)
{
    /// <summary>How long a story or an image waits in the trash before it is deleted for good.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    public async Task<Outcome> TrashAsync(int articleId, bool confirmed, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await StoryState.FindAsync(db, articleId, cancellationToken) is not { } story)
        {
            return Outcome.NotFound("There is no such story, or it is in the trash already.");
        }
        if (!ArticleAccess.CanTrash(actor, story.Status, ArticleAccess.IsOwn(actor, story.CreatedById, story.Authors)))
        {
            return Outcome.Forbidden(story.Status is ArticleStatus.Published or ArticleStatus.Scheduled
                ? "Only an editor can move a scheduled or published story to the trash."
                : "Your role cannot move this story to the trash.");
        }
        if (!confirmed)
        {
            return Outcome.Invalid("Confirm that the story goes to the trash: nothing was moved.");
        }

        var now = clock.GetUtcNow();
        var trashed = await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Only from the status it was read in: a story published a moment ago by an editor is not an author's to trash.
            var rows = await db.Articles
                .Where(a => a.Id == articleId && a.Status == story.Status)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(a => a.TrashedAt, now)
                    .SetProperty(a => a.TrashedById, actor.UserId), cancellationToken);
            if (rows == 0)
            {
                return false;
            }
            // The query filter now hides the story, so indexing it removes its search entry.
            await search.IndexAsync(articleId, cancellationToken);
            if (story.Status == ArticleStatus.Published)
            {
                await related.RemoveAsync(articleId, cancellationToken);
            }
            audit.Add(actor, AuditActions.ArticleTrashed, $"article:{articleId}",
                $"Moved “{story.Headline}” ({EditorialWorkflow.Describe(story.Status).ToLowerInvariant()}) to the trash");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
        if (!trashed)
        {
            return Outcome.Conflict("Someone changed this story's status a moment ago. Reload it to see where it stands.");
        }

        await cache.EvictStoryAsync(story.CacheScope, cancellationToken);
        return Outcome.Done(story.Status == ArticleStatus.Published
            ? $"“{story.Headline}” is in the trash and off the public site. It can be restored for {KeptFor.Days} days."
            : $"“{story.Headline}” is in the trash. It can be restored for {KeptFor.Days} days.");
    }

    public async Task<Outcome> RestoreAsync(int articleId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await TrashedAsync(articleId, cancellationToken) is not { } story)
        {
            return Outcome.NotFound("There is no such story in the trash.");
        }
        if (!ArticleAccess.CanRestore(actor, story.Status, ArticleAccess.IsOwn(actor, story.CreatedById, story.Authors)))
        {
            return Outcome.Forbidden("Only an editor can restore this story.");
        }

        var restored = await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await db.AllArticles
                .Where(a => a.Id == articleId && a.TrashedAt != null)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(a => a.TrashedAt, (DateTimeOffset?)null)
                    .SetProperty(a => a.TrashedById, (int?)null), cancellationToken);
            if (rows == 0)
            {
                return false;
            }
            // A live story is found by readers again at once; any other story simply has no entry.
            await search.IndexAsync(articleId, cancellationToken);
            if (story.Status == ArticleStatus.Published)
            {
                await related.RefreshWithNeighboursAsync(articleId, cancellationToken);
            }
            audit.Add(actor, AuditActions.ArticleRestored, $"article:{articleId}", $"Restored “{story.Headline}” from the trash");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
        if (!restored)
        {
            return Outcome.NotFound("The story left the trash a moment ago.");
        }

        await cache.EvictStoryAsync(story.CacheScope, cancellationToken);
        var overdue = story.Status == ArticleStatus.Scheduled && story.PublishedAt <= clock.GetUtcNow() ? " Its scheduled time has passed, so it goes live within a minute." : "";
        return Outcome.Done(story.Status == ArticleStatus.Published
            ? $"“{story.Headline}” is restored and live again at its address."
            : $"“{story.Headline}” is restored ({EditorialWorkflow.Describe(story.Status).ToLowerInvariant()}).{overdue}");
    }

    /// <summary>A story in the trash, as the moves out of it read it; null when it is not in the trash.</summary>
    internal Task<StoryState?> TrashedAsync(int articleId, CancellationToken cancellationToken) =>
        db.AllArticles.AsNoTracking()
            .Where(a => a.Id == articleId && a.TrashedAt != null)
            .Select(a => new StoryState(
                a.Id,
                a.Status,
                a.PublishedAt,
                a.Headline,
                a.CreatedById,
                a.SectionId,
                a.Authors.Select(x => x.PersonId).ToList(),
                a.Tags.Select(t => t.Id).ToList()))
            .AsSingleQuery()
            .SingleOrDefaultAsync(cancellationToken);
}
