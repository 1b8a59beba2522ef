using Byline.Accounts;
using Byline.Caching;
using Byline.Content;
using Byline.Notifications;
using Byline.Outcomes;
using Byline.Search;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// The only writer of a story's status, for the editor, the scheduler and every importer. Each move is one conditional
/// UPDATE (only from the status it was read in), so two people or two nodes can never make the same move twice; the
/// audit entry and the story's search entry are written in the same transaction, and the public cache is evicted for
/// exactly what the story touches. A move made from the editor saves the editor's form first, in the same transaction.
/// </summary>
public sealed class ArticlePublisher(
    BylineDb db,
    ArticleEditor editor,
    AuditLog audit,
    StoryNotifications notifications,
    PublicCache cache,
    IArticleSearch search,
    RelatedStories related,
    SiteTime time,
    TimeProvider clock,
    ILogger<ArticlePublisher> logger)
{
    public static readonly Actor Scheduler = Actor.System("Scheduler");

    /// <param name="sentBackNote">What needs changing, when an editor sends a story in review back to its author
    /// (<see cref="ArticleAccess.MoveNeedsNote"/>): stored as a note with the move, in its transaction.</param>
    public async Task<Outcome> MoveAsync(
        int articleId, WorkflowMove move, Actor actor, DateTimeOffset? publishAt, CancellationToken cancellationToken, string? sentBackNote = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var story = await StoryState.FindAsync(db, articleId, cancellationToken);
        if (story is null)
        {
            return Outcome.NotFound("There is no such story.");
        }
        var now = clock.GetUtcNow();
        StoryNote? note = null;
        if ((Refusal(story, move, actor, publishAt, now) ?? NoteRefusal(story, move, actor, sentBackNote, now, out note)) is { } refusal)
        {
            return refusal;
        }

        var publishedAt = PublishedAtAfter(story, move, publishAt, now);
        var moved = await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await UpdateStatusAsync(story, move, actor, publishedAt, note, cancellationToken))
            {
                return false;
            }
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
        if (!moved)
        {
            return Outcome.Conflict("Someone else changed this story's status a moment ago. Reload it to see where it stands.");
        }

        await cache.EvictStoryAsync(story.CacheScope, cancellationToken);
        return Outcome.Done(DescribeMove(move, story.Headline, publishedAt, note));
    }

    /// <summary>
    /// Saves the editor's form and then makes the move, in one transaction: a form that does not save (invalid, or
    /// behind a newer version) moves nothing, and a move that is refused saves nothing. The member's copy kept on a
    /// conflict stays, as it does for a plain save. A form that changes nothing adds no revision.
    /// </summary>
    public async Task<SaveAndMoveResult> SaveAndMoveAsync(
        int articleId, ArticleDraft draft, WorkflowMove move, Actor actor, DateTimeOffset? publishAt, CancellationToken cancellationToken, string? sentBackNote = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        var (result, evict) = await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var write = await editor.WriteAsync(articleId, draft, actor, RevisionNotes.Save, skipIfUnchanged: true, cancellationToken);
            if (write.Story is not { } saved || !write.Result.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
                return (new SaveAndMoveResult(write.Result, null), Array.Empty<StoryCacheScope>());
            }
            var story = StoryState.Of(saved);
            var now = clock.GetUtcNow();
            var publishedAt = PublishedAtAfter(story, move, publishAt, now);
            StoryNote? note = null;
            var refusal = Refusal(story, move, actor, publishAt, now) ?? NoteRefusal(story, move, actor, sentBackNote, now, out note);
            if (refusal is null && !await UpdateStatusAsync(story, move, actor, publishedAt, note, cancellationToken))
            {
                refusal = Outcome.Conflict("Someone else changed this story's status a moment ago. Reload it to see where it stands.");
            }
            if (refusal is not null)
            {
                db.ChangeTracker.Clear();
                return (new SaveAndMoveResult(write.Result, refusal), Array.Empty<StoryCacheScope>());
            }
            await transaction.CommitAsync(cancellationToken);
            StoryCacheScope[] touched = write.Evict is { } edited ? [edited, story.CacheScope] : [story.CacheScope];
            return (new SaveAndMoveResult(write.Result, Outcome.Done(DescribeMove(move, story.Headline, publishedAt, note))), touched);
        }, cancellationToken);

        foreach (var scope in evict)
        {
            await cache.EvictStoryAsync(scope, cancellationToken);
        }
        return result;
    }

    /// <summary>Publishes every scheduled story whose time has come. Safe on many nodes at once: each story goes live once.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt <= now)
            .Select(a => new
            {
                a.Id,
                a.Headline,
                a.SectionId,
                Authors = a.Authors.Select(x => x.PersonId).ToList(),
                Tags = a.Tags.Select(t => t.Id).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var published = 0;
        foreach (var story in due)
        {
            var won = await db.InRetryableUnitAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var rows = await db.Articles
                    .Where(a => a.Id == story.Id && a.Status == ArticleStatus.Scheduled && a.PublishedAt <= now)
                    .ExecuteUpdateAsync(u => u
                        .SetProperty(a => a.Status, ArticleStatus.Published)
                        .SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);
                if (rows == 0)
                {
                    return false;
                }
                audit.Add(Scheduler, AuditActions.ArticlePublished, $"article:{story.Id}", $"Published “{story.Headline}” at its scheduled time");
                await notifications.StageAsync(NotificationKind.StoryPublished, story.Id, Scheduler,
                    $"“{story.Headline}” went live at its scheduled time", alsoToReviewers: false, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await search.IndexAsync(story.Id, cancellationToken);
                await related.RefreshWithNeighboursAsync(story.Id, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            }, cancellationToken);
            if (won)
            {
                published++;
                await cache.EvictStoryAsync(new StoryCacheScope(story.Id, [story.SectionId], story.Tags, story.Authors), cancellationToken);
                logger.LogInformation("Published scheduled article {ArticleId}", story.Id);
            }
        }
        return published;
    }

    private static Outcome? Refusal(StoryState story, WorkflowMove move, Actor actor, DateTimeOffset? publishAt, DateTimeOffset now)
    {
        if (EditorialWorkflow.Target(move, story.Status) is null)
        {
            return Outcome.Conflict(
                $"A story that is {EditorialWorkflow.Describe(story.Status).ToLowerInvariant()} cannot be moved with “{EditorialWorkflow.Describe(move)}”.");
        }
        if (!ArticleAccess.CanMove(actor, move, story.Status, ArticleAccess.IsOwn(actor, story.CreatedById, story.Authors)))
        {
            return Outcome.Forbidden($"Your role cannot “{EditorialWorkflow.Describe(move)}” this story.");
        }
        if (move == WorkflowMove.Schedule && (publishAt is null || publishAt <= now))
        {
            return Outcome.Invalid("Choose a publication time in the future to schedule the story.");
        }
        return null;
    }

    /// <summary>
    /// A story in review sent back to its author carries what needs changing (<see cref="ArticleAccess.MoveNeedsNote"/>);
    /// a note given with any other return to draft is kept too. <paramref name="note"/> is what to store with the move.
    /// </summary>
    private static Outcome? NoteRefusal(StoryState story, WorkflowMove move, Actor actor, string? text, DateTimeOffset now, out StoryNote? note)
    {
        note = null;
        var needed = ArticleAccess.MoveNeedsNote(move, story.Status, ArticleAccess.IsOwn(actor, story.CreatedById, story.Authors));
        if (move != WorkflowMove.ReturnToDraft || (!needed && string.IsNullOrWhiteSpace(text)))
        {
            return null;
        }
        var sentBack = StoryNotes.SentBack(story.Id, text, actor, now);
        if (!sentBack.Succeeded)
        {
            return Outcome.Invalid(sentBack.Errors);
        }
        note = sentBack.Value;
        return null;
    }

    private static DateTimeOffset? PublishedAtAfter(StoryState story, WorkflowMove move, DateTimeOffset? publishAt, DateTimeOffset now) => move switch
    {
        WorkflowMove.Schedule => publishAt,
        // A story published before keeps its date (and so its URL) when it is published again.
        WorkflowMove.Publish => story.Status == ArticleStatus.Unpublished && story.PublishedAt is { } earlier ? earlier : now,
        WorkflowMove.ReturnToDraft when story.Status == ArticleStatus.Scheduled => null,
        _ => story.PublishedAt,
    };

    /// <summary>The move itself, inside the caller's transaction: false when the story left the status it was read in.</summary>
    private async Task<bool> UpdateStatusAsync(
        StoryState story, WorkflowMove move, Actor actor, DateTimeOffset? publishedAt, StoryNote? note, CancellationToken cancellationToken)
    {
        var target = EditorialWorkflow.Target(move, story.Status)!.Value;
        var rows = await db.Articles
            .Where(a => a.Id == story.Id && a.Status == story.Status)
            .ExecuteUpdateAsync(u => u
                .SetProperty(a => a.Status, target)
                .SetProperty(a => a.PublishedAt, publishedAt)
                .SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);
        if (rows == 0)
        {
            return false;
        }
        audit.Add(actor, AuditActionFor(move), $"article:{story.Id}", DescribeMove(move, story.Headline, publishedAt, note));
        if (note is not null)
        {
            db.StoryNotes.Add(note);
        }
        await NotifyAsync(story, move, actor, publishedAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (target == ArticleStatus.Published || story.Status == ArticleStatus.Published)
        {
            // Readers find a story the moment it is live, and never after it is taken down.
            await search.IndexAsync(story.Id, cancellationToken);
        }
        if (target == ArticleStatus.Published)
        {
            await related.RefreshWithNeighboursAsync(story.Id, cancellationToken);
        }
        else if (story.Status == ArticleStatus.Published)
        {
            await related.RemoveAsync(story.Id, cancellationToken);
        }
        return true;
    }

    /// <summary>
    /// Tells the story's people of the move, in its transaction. A submitted story is news for every editor and admin
    /// too: they review it. Taking a story down or unscheduling it tells nobody: whoever does it talks to the writer.
    /// </summary>
    private Task NotifyAsync(StoryState story, WorkflowMove move, Actor actor, DateTimeOffset? publishedAt, CancellationToken cancellationToken) => move switch
    {
        WorkflowMove.Submit => notifications.StageAsync(NotificationKind.StorySubmitted, story.Id, actor,
            $"{actor.Name} submitted “{story.Headline}” for review", alsoToReviewers: true, cancellationToken),
        WorkflowMove.ReturnToDraft when story.Status == ArticleStatus.InReview => notifications.StageAsync(NotificationKind.StorySentBack, story.Id, actor,
            $"{actor.Name} sent “{story.Headline}” back to draft", alsoToReviewers: false, cancellationToken),
        WorkflowMove.Schedule when publishedAt is { } at => notifications.StageAsync(NotificationKind.StoryScheduled, story.Id, actor,
            $"{actor.Name} scheduled “{story.Headline}” for {time.DateAndTime(at)}", alsoToReviewers: false, cancellationToken),
        WorkflowMove.Publish => notifications.StageAsync(NotificationKind.StoryPublished, story.Id, actor,
            $"{actor.Name} published “{story.Headline}”", alsoToReviewers: false, cancellationToken),
        _ => Task.CompletedTask,
    };

    /// <summary>
    /// Makes an import's stories, staged out of sight (<see cref="ArticleStatus.Importing"/>), what they were in the
    /// other system, all at once: one transaction moves them, together with the importer's own last writes
    /// (<paramref name="alsoInTransaction"/>), so readers see the whole import or nothing of it. Their search entries
    /// are then written in batches of their own, and every public page is evicted (new sections change the navigation).
    /// </summary>
    public async Task PublishStagedAsync(IReadOnlyList<StagedStory> stories, Actor actor, Func<CancellationToken, Task> alsoInTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(alsoInTransaction);
        await db.FinishInRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var group in stories.GroupBy(s => s.Status))
            {
                foreach (var chunk in group.Select(s => s.Id).Chunk(StagedChunk))
                {
                    await db.Articles
                        .Where(a => chunk.Contains(a.Id) && a.Status == ArticleStatus.Importing)
                        .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, group.Key), cancellationToken);
                }
            }
            await alsoInTransaction(cancellationToken);
            if (stories.Count > 0)
            {
                audit.Add(actor, AuditActions.ArticlePublished, null, string.Join(", ", stories.GroupBy(s => s.Status).OrderBy(g => g.Key)
                    .Select(g => $"{g.Count():N0} imported {(g.Count() == 1 ? "story" : "stories")} {EditorialWorkflow.Describe(g.Key).ToLowerInvariant()}")));
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);

        var live = stories.Where(s => s.Status == ArticleStatus.Published).Select(s => s.Id).ToList();
        foreach (var chunk in live.Chunk(StagedChunk))
        {
            await search.IndexAsync(chunk, cancellationToken);
        }
        await RelateImportedAsync(live, cancellationToken);
        await EvictImportedAsync(cancellationToken);
    }

    /// <summary>
    /// The related stories of imported stories that went live, ranked after the import's own transaction (like their
    /// search entries), one transaction per batch: readers see an imported story's list whole or not at all.
    /// </summary>
    public async Task RelateImportedAsync(IReadOnlyCollection<int> publishedIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publishedIds);
        foreach (var chunk in publishedIds.Chunk(StagedChunk))
        {
            await db.FinishInRetryableUnitAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await related.RefreshManyAsync(chunk, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }, cancellationToken);
        }
    }

    /// <summary>
    /// After an import made stories live (here, or as the Markdown importer does, in its own transaction): every public
    /// page, since the new stories and sections are on the front page, the navigation, the feeds and the sitemaps.
    /// </summary>
    public async Task EvictImportedAsync(CancellationToken cancellationToken)
    {
        await cache.EvictAsync(CacheTags.Front, cancellationToken);
        await cache.EvictEverythingAsync(cancellationToken);
    }

    /// <summary>Stories moved (and indexed) per statement: well within every engine's limit on parameters.</summary>
    private const int StagedChunk = 500;

    private static string AuditActionFor(WorkflowMove move) => move switch
    {
        WorkflowMove.Submit => AuditActions.ArticleSubmitted,
        WorkflowMove.ReturnToDraft => AuditActions.ArticleReturnedToDraft,
        WorkflowMove.Schedule => AuditActions.ArticleScheduled,
        WorkflowMove.Publish => AuditActions.ArticlePublished,
        WorkflowMove.Unpublish => AuditActions.ArticleUnpublished,
        _ => move.ToString(),
    };

    private static string DescribeMove(WorkflowMove move, string headline, DateTimeOffset? publishAt, StoryNote? note = null) => move switch
    {
        WorkflowMove.ReturnToDraft when note is not null => $"Sent “{headline}” back to its author with a note",
        WorkflowMove.Submit => $"Submitted “{headline}” for review",
        WorkflowMove.ReturnToDraft => $"Returned “{headline}” to draft",
        WorkflowMove.Schedule => $"Scheduled “{headline}” for {publishAt:yyyy-MM-dd HH:mm} UTC",
        WorkflowMove.Publish => $"Published “{headline}”",
        WorkflowMove.Unpublish => $"Unpublished “{headline}”",
        _ => headline,
    };
}
