using System.Net;
using Byline.Accounts;
using Byline.Notifications;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Byline.Comments;

/// <summary>
/// Takes a reader's valid comment: checks the reply target, duplicates, the form token's one use and the per-address and
/// per-email limits (in the database, in one transaction with the insert, so they hold across nodes and for posts that
/// arrive at once), applies the site's moderation rules, and stores it approved, held with the reason, or as spam. Only
/// an approved comment changes the public page, so only then is the cache evicted.
/// </summary>
public sealed class CommentIntake(
    BylineDb db,
    CommenterFingerprints fingerprints,
    SiteIdentity site,
    StoryCommentsCache storyComments,
    StoryNotifications notifications,
    IOptions<CommentOptions> options,
    TimeProvider clock,
    ILogger<CommentIntake> logger)
{
    /// <summary>The same words posted again within this time are a second press of Post, not a second comment.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(2);

    /// <summary>Who a held comment's notification names: the form, never the commenter's address.</summary>
    public static readonly Actor CommentForm = Actor.System("Comment form");

    /// <param name="formTokenId">The id of the form token it came with (<see cref="CommentFormTokens"/>): it posts one comment.</param>
    public async Task<IntakeResult> SubmitAsync(int articleId, CommentSubmission submission, IPAddress? address, Guid formTokenId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var now = clock.GetUtcNow();
        // Addresses differ only in case in practice: one spelling, so limits, duplicates and trust cannot be dodged.
        var email = submission.Email!.Trim().ToLowerInvariant();
        var body = CommentText.Normalize(submission.Body!);
        var name = submission.Name!.Trim();

        if (submission.ParentId is { } parentId && !await db.Comments.AnyAsync(
                c => c.Id == parentId && c.ArticleId == articleId && c.Status == CommentStatus.Approved, cancellationToken))
        {
            return new IntakeResult(IntakeOutcome.InvalidParent, null, "You can only reply to a published comment on this story.");
        }
        // Before the transaction: the first hash ever made stores the site's hash key, in a transaction of its own.
        var clientHash = await fingerprints.ClientHashAsync(address, cancellationToken);
        var avatarSeed = await fingerprints.AvatarSeedAsync(email, cancellationToken);

        var result = await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Posts from one email, one address or one form wait for each other, so each sees what the others stored.
            List<string> keys = [$"comment-email:{email}", $"comment-form:{formTokenId}"];
            if (clientHash is not null)
            {
                keys.Add($"comment-client:{clientHash}");
            }
            await db.LockKeysAsync(keys, cancellationToken);
            if (await RefusalAsync(articleId, email, body, clientHash, formTokenId, now, cancellationToken) is { } refusal)
            {
                return refusal;
            }
            var hasApproved = await db.Comments.AnyAsync(c => c.AuthorEmail == email && c.Status == CommentStatus.Approved, cancellationToken);
            var screening = CommentScreening.Decide(name, submission.Website, body, site.Current.CommentRules, hasApproved);
            var comment = new Comment
            {
                ArticleId = articleId,
                ParentId = submission.ParentId,
                AuthorName = name,
                AuthorEmail = email,
                AuthorWebsite = string.IsNullOrWhiteSpace(submission.Website) ? null : submission.Website.Trim(),
                Body = body,
                Status = screening.Status,
                HoldReason = screening.Reason,
                ClientHash = clientHash,
                FormTokenId = formTokenId,
                AvatarSeed = avatarSeed,
                CreatedAt = now,
            };
            db.Comments.Add(comment);
            if (comment.Status == CommentStatus.Pending)
            {
                await NotifyHeldAsync(articleId, name, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new IntakeResult(IntakeOutcome.Stored, comment, null);
        }, cancellationToken);
        if (result is not { Outcome: IntakeOutcome.Stored, Comment: { } stored })
        {
            return result;
        }
        logger.LogInformation("Comment {CommentId} on article {ArticleId} stored as {Status}", stored.Id, articleId, stored.Status);
        if (stored.Status == CommentStatus.Approved)
        {
            await storyComments.EvictAsync([articleId], cancellationToken);
        }
        return result;
    }

    /// <summary>
    /// The same words already here, a form token that already posted, or too many comments from this email or address in
    /// the window; null when none of these.
    /// </summary>
    private async Task<IntakeResult?> RefusalAsync(int articleId, string email, string body, string? clientHash, Guid formTokenId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var earlier = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == articleId && c.AuthorEmail == email && c.Body == body)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null)
        {
            return earlier.CreatedAt >= now - RepeatWindow
                ? new IntakeResult(IntakeOutcome.Repeated, earlier, null)
                : new IntakeResult(IntakeOutcome.Duplicate, null, "You have already posted exactly this comment on this story.");
        }
        if (await db.Comments.AnyAsync(c => c.FormTokenId == formTokenId, cancellationToken))
        {
            return new IntakeResult(IntakeOutcome.FormUsed, null, "This form has already posted a comment. Your comment is kept below: please press Post again.");
        }

        var limits = options.Value;
        var since = now - limits.Window;
        var fromAddress = clientHash is null ? 0 : await db.Comments.CountAsync(c => c.ClientHash == clientHash && c.CreatedAt >= since, cancellationToken);
        var fromEmail = await db.Comments.CountAsync(c => c.AuthorEmail == email && c.CreatedAt >= since, cancellationToken);
        if (fromAddress < limits.PostsPerAddress && fromEmail < limits.PostsPerEmail)
        {
            return null;
        }
        // The wait is until the limit that was reached frees a place: its oldest comment leaves the window.
        var counted = fromEmail >= limits.PostsPerEmail
            ? db.Comments.Where(c => c.AuthorEmail == email)
            : db.Comments.Where(c => c.ClientHash == clientHash);
        var oldest = await counted.Where(c => c.CreatedAt >= since).MinAsync(c => (DateTimeOffset?)c.CreatedAt, cancellationToken) ?? now;
        var retryAfter = oldest + limits.Window - now;
        return new IntakeResult(IntakeOutcome.TooMany, null,
            $"You have posted several comments in the last {limits.WindowMinutes} minutes. Please wait {Minutes(retryAfter)} and post again; your comment is kept below.",
            retryAfter);
    }

    /// <summary>The commenter's own edit within their window: the rules are applied again to the new words.</summary>
    public async Task<Comment?> EditAsync(int commentId, int articleId, string newBody, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId && c.ArticleId == articleId, cancellationToken);
        if (comment is null || comment.Status is CommentStatus.Trash)
        {
            return null;
        }
        var wasVisible = comment.Status == CommentStatus.Approved;
        var wasHeld = comment.Status == CommentStatus.Pending;
        comment.Body = CommentText.Normalize(newBody);
        comment.EditedAt = clock.GetUtcNow();
        var hasApproved = await db.Comments.AnyAsync(c => c.AuthorEmail == comment.AuthorEmail && c.Status == CommentStatus.Approved && c.Id != comment.Id, cancellationToken);
        var screening = CommentScreening.Decide(comment.AuthorName, comment.AuthorWebsite, comment.Body, site.Current.CommentRules, hasApproved || wasVisible);
        if (!(wasVisible && screening.Status == CommentStatus.Approved))
        {
            comment.Status = screening.Status;
            comment.HoldReason = screening.Reason is null ? null : "Edited by the commenter: " + screening.Reason;
        }
        if (comment.Status == CommentStatus.Pending && !wasHeld)
        {
            await NotifyHeldAsync(articleId, comment.AuthorName, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (wasVisible || comment.Status == CommentStatus.Approved)
        {
            await storyComments.EvictAsync([articleId], cancellationToken);
        }
        return comment;
    }

    /// <summary>The commenter's own delete within their window. A comment others replied to stays as a marker.</summary>
    public async Task<bool> DeleteAsync(int commentId, int articleId, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId && c.ArticleId == articleId, cancellationToken);
        if (comment is null)
        {
            return false;
        }
        var wasVisible = comment.Status == CommentStatus.Approved;
        if (await db.Comments.AnyAsync(c => c.ParentId == commentId, cancellationToken))
        {
            comment.Status = CommentStatus.Trash;
            comment.HoldReason = "Deleted by the commenter";
        }
        else
        {
            db.Comments.Remove(comment);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (wasVisible)
        {
            await storyComments.EvictAsync([articleId], cancellationToken);
        }
        return true;
    }

    /// <summary>
    /// Tells the story's people that a comment waits for moderation (editors see the queue's count on the desk). The
    /// commenter's name may be in the text, their email address never.
    /// </summary>
    private async Task NotifyHeldAsync(int articleId, string commenterName, CancellationToken cancellationToken)
    {
        var headline = await db.Articles.Where(a => a.Id == articleId).Select(a => a.Headline).SingleAsync(cancellationToken);
        await notifications.StageAsync(NotificationKind.CommentHeld, articleId, CommentForm,
            $"A comment by {commenterName} on “{headline}” waits for moderation", alsoToReviewers: false, cancellationToken);
    }

    private static string Minutes(TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return minutes == 1 ? "a minute" : $"{minutes} minutes";
    }
}
