using System.Globalization;
using Byline.Accounts;
using Byline.Content;
using Byline.Outcomes;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Byline.Comments;

/// <summary>
/// The newsroom's side of comments: the queue, the counts per state, the moves between states (one or many at once, in one
/// transaction, audited) and replies as staff. Whatever changes what readers see under a story evicts that story's page
/// and the lists showing its comment count from the public cache at once, so an approval shows without waiting for the cache to expire.
/// </summary>
public sealed class CommentModeration(
    BylineDb db,
    AuditLog audit,
    StoryCommentsCache cache,
    UserManager<StaffUser> users,
    SiteUrls urls,
    TimeProvider clock,
    ILogger<CommentModeration> logger)
{
    public const int PageSize = 50;

    /// <summary>Bulk actions come from one page of the queue; the bound keeps one request from touching the whole table.</summary>
    public const int MaxBatch = 500;

    public async Task<ModerationCounts> CountAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Comments.AsNoTracking()
            .GroupBy(c => c.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        int Of(CommentStatus status) => counts.GetValueOrDefault(status);
        return new ModerationCounts(Of(CommentStatus.Pending), Of(CommentStatus.Approved), Of(CommentStatus.Spam), Of(CommentStatus.Trash));
    }

    /// <summary>
    /// One page of the comments in <paramref name="status"/>: the pending queue oldest first (first come, first served),
    /// the other states newest first (what was just decided is what a moderator looks for).
    /// </summary>
    public async Task<ModerationPage> ListAsync(CommentStatus status, int page, int total, CancellationToken cancellationToken)
    {
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var inState = db.Comments.AsNoTracking().Where(c => c.Status == status);
        var ordered = status == CommentStatus.Pending
            ? inState.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            : inState.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id);
        var items = await Project(ordered.Skip((page - 1) * PageSize).Take(PageSize), cancellationToken);
        return new ModerationPage(status, page, pageCount, items);
    }

    public async Task<ModerationItem?> FindAsync(int commentId, CancellationToken cancellationToken) =>
        (await Project(db.Comments.AsNoTracking().Where(c => c.Id == commentId), cancellationToken)).SingleOrDefault();

    /// <summary>
    /// Moves every comment in <paramref name="commentIds"/> to the state <paramref name="action"/> leads to, in one
    /// transaction with its audit entry. If any of them does not exist, nothing is changed.
    /// </summary>
    public async Task<Outcome> ModerateAsync(IEnumerable<int> commentIds, ModerationAction action, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commentIds);
        ArgumentNullException.ThrowIfNull(actor);
        if (!Enum.IsDefined(action))
        {
            return Outcome.Invalid("Choose approve, spam, trash or restore.");
        }
        var ids = commentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return Outcome.Invalid("Select at least one comment first.");
        }
        if (ids.Count > MaxBatch)
        {
            return Outcome.Invalid(string.Create(CultureInfo.InvariantCulture, $"Moderate at most {MaxBatch} comments at once."));
        }

        var comments = await db.Comments.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var missing = ids.Except(comments.Select(c => c.Id)).Order().ToList();
        if (missing.Count > 0)
        {
            return Outcome.NotFound(missing.Count == 1 && ids.Count == 1
                ? string.Create(CultureInfo.InvariantCulture, $"There is no comment #{missing[0]}. It may have been removed; nothing was changed.")
                : string.Create(CultureInfo.InvariantCulture,
                    $"{missing.Count} of the selected comments do not exist ({string.Join(", ", missing.Take(10).Select(id => "#" + id.ToString(CultureInfo.InvariantCulture)))}). Nothing was changed."));
        }

        var target = ModerationRules.TargetOf(action);
        var moving = comments.Where(c => c.Status != target).ToList();
        if (moving.Count == 0)
        {
            return Outcome.Done(
                ids.Count == 1 ? $"Nothing to do: that comment is already {ModerationRules.Describe(target)}." : $"Nothing to do: those comments are already {ModerationRules.Describe(target)}.");
        }

        var storiesToRefresh = moving
            .Where(c => ModerationRules.ChangesWhatReadersSee(c.Status, target))
            .Select(c => c.ArticleId)
            .ToHashSet();
        foreach (var comment in moving)
        {
            comment.Status = target;
        }
        var movedIds = moving.Select(c => c.Id).Order().ToList();
        audit.Add(actor, AuditActions.CommentModerated, ModerationRules.AuditSubject(movedIds), ModerationRules.AuditDetails(action, movedIds));
        try
        {
            // One SaveChanges: the status changes and the audit entry are one transaction.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict("Some of these comments were removed a moment ago. Nothing was changed: reload the list and try again.");
        }

        await EvictAsync(storiesToRefresh, cancellationToken);
        logger.LogInformation("Member {ActorId} moved comments {CommentIds} to {Status}", actor.UserId, movedIds, target);
        var unchanged = ids.Count - moving.Count;
        var message = ModerationRules.Summary(action, moving.Count) + "."
            + (unchanged == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" {unchanged} {(unchanged == 1 ? "was" : "were")} already {ModerationRules.Describe(target)}."));
        return Outcome.Done(message);
    }

    /// <summary>
    /// Publishes a reply from a newsroom member under an approved comment: stored approved at once, with the member's own
    /// name and email (the email, as every commenter's, stays in the newsroom) and marked as the newsroom's.
    /// </summary>
    public async Task<Outcome> ReplyAsync(int commentId, string? body, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var text = ModerationRules.NormalizeBody(body);
        if (ModerationRules.ReplyBodyError(text) is { } error)
        {
            return Outcome.Invalid(error);
        }
        var parent = await db.Comments.AsNoTracking()
            .Where(c => c.Id == commentId)
            .Select(c => new { c.ArticleId, c.Status, c.AuthorName })
            .SingleOrDefaultAsync(cancellationToken);
        if (parent is null)
        {
            return Outcome.NotFound(string.Create(CultureInfo.InvariantCulture, $"There is no comment #{commentId}. It may have been removed."));
        }
        if (parent.Status != CommentStatus.Approved)
        {
            return Outcome.Conflict(
                $"This comment is {ModerationRules.Describe(parent.Status)}. Approve it first: a reply is shown under its comment, so it can only answer one readers can see.");
        }
        var member = actor.UserId is { } userId ? await users.FindByIdAsync(userId.ToString(CultureInfo.InvariantCulture)) : null;
        if (member is null || member.IsDisabled)
        {
            return Outcome.Forbidden("Only a signed-in newsroom member can reply as staff.");
        }

        var reply = new Comment
        {
            ArticleId = parent.ArticleId,
            ParentId = commentId,
            // The comment columns are a little narrower than the account's; a longer name or address is cut, not refused.
            AuthorName = Fit(member.DisplayName, Comment.NameMaxLength),
            AuthorEmail = Fit(member.Email ?? "", Comment.EmailMaxLength),
            Body = text,
            Status = CommentStatus.Approved,
            StaffUserId = member.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Comments.Add(reply);
        audit.Add(actor, AuditActions.CommentModerated, ModerationRules.AuditSubject([commentId]),
            string.Create(CultureInfo.InvariantCulture, $"Replied as staff to 1 comment: #{commentId}"));
        await db.SaveChangesAsync(cancellationToken);

        await EvictAsync([parent.ArticleId], cancellationToken);
        logger.LogInformation("Member {ActorId} replied as staff to comment {CommentId} with comment {ReplyId}", actor.UserId, commentId, reply.Id);
        return Outcome.Done($"Your reply to {parent.AuthorName} is published under their comment.");
    }

    // The story lists show each story's approved-comment count, so they go with the story's page.
    private Task EvictAsync(IEnumerable<int> articleIds, CancellationToken cancellationToken) =>
        cache.EvictAsync(articleIds, cancellationToken);

    private async Task<List<ModerationItem>> Project(IQueryable<Comment> comments, CancellationToken cancellationToken)
    {
        var rows = await comments
            .Select(c => new
            {
                c.Id,
                c.ArticleId,
                c.Article.Headline,
                c.Article.Slug,
                SectionSlug = c.Article.Section.Slug,
                ArticleStatus = c.Article.Status,
                c.Article.PublishedAt,
                c.ParentId,
                ParentAuthorName = c.Parent == null ? null : c.Parent.AuthorName,
                c.AuthorName,
                c.AuthorEmail,
                c.AuthorWebsite,
                c.Body,
                c.Status,
                c.StaffUserId,
                c.CreatedAt,
                c.HoldReason,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ModerationItem(
                r.Id,
                r.ArticleId,
                r.Headline,
                r.ArticleStatus == ArticleStatus.Published && r.PublishedAt is { } published ? urls.Article(r.SectionSlug, published, r.Slug) : null,
                r.ParentId,
                r.ParentAuthorName,
                r.AuthorName,
                r.AuthorEmail,
                r.AuthorWebsite,
                r.Body,
                r.Status,
                r.StaffUserId != null,
                r.CreatedAt,
                r.HoldReason))
            .ToList();
    }

    private static string Fit(string text, int maxLength) => text.Length > maxLength ? text[..maxLength] : text;
}
