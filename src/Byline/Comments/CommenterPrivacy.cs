using System.Globalization;
using System.Text.RegularExpressions;
using Byline.Accounts;
using Byline.Caching;
using Byline.Content;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Comments;

/// <summary>
/// An admin's answer to a commenter who asks what the site keeps about them, or asks for it to be erased. Everything is
/// found by the email address they commented with (capitals ignored). Neither the audit log nor the application log
/// ever records that address: only counts.
/// </summary>
public sealed partial class CommenterPrivacy(
    BylineDb db,
    AuditLog audit,
    PublicCache cache,
    SiteUrls urls,
    TimeProvider clock,
    ILogger<CommenterPrivacy> logger)
{
    public const string DeletedName = "Deleted";
    public const string DeletedBody = "This comment was deleted.";
    public const string AnonymousName = "Anonymous";
    public const string RemovedAddress = "[email address removed]";
    public const string AuditSubject = "privacy";

    /// <summary>Why <paramref name="email"/> cannot be looked up, or null when it can.</summary>
    public static string? EmailError(string? email)
    {
        var text = (email ?? "").Trim();
        if (text.Length == 0)
        {
            return "Enter the email address the commenter used.";
        }
        if (text.Length > Comment.EmailMaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"An email address has at most {Comment.EmailMaxLength} characters.");
        }
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == text.Length - 1 || text.Any(char.IsWhiteSpace))
        {
            return "That does not look like an email address, for example name@example.org.";
        }
        return null;
    }

    /// <summary>The placeholder that takes an erased comment's email: the column is required, and a real address can never be it.</summary>
    public static string ErasedEmail(int commentId) => string.Create(CultureInfo.InvariantCulture, $"erased-{commentId}@invalid");

    public async Task<CommenterFootprint> FindAsync(string email, CancellationToken cancellationToken)
    {
        var counts = await ByEmail(email)
            .GroupBy(c => c.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var stories = await ByEmail(email).Select(c => c.ArticleId).Distinct().CountAsync(cancellationToken);
        int Of(CommentStatus status) => counts.GetValueOrDefault(status);
        return new CommenterFootprint(
            new ModerationCounts(Of(CommentStatus.Pending), Of(CommentStatus.Approved), Of(CommentStatus.Spam), Of(CommentStatus.Trash)), stories);
    }

    /// <summary>Everything stored with <paramref name="email"/>, oldest first; the export itself is audited (by count).</summary>
    public async Task<CommenterExport> ExportAsync(string email, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var rows = await ByEmail(email).AsNoTracking()
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.Article.Headline,
                ArticleStatus = c.Article.Status,
                c.Article.PublishedAt,
                c.Article.Slug,
                SectionSlug = c.Article.Section.Slug,
                c.ParentId,
                c.AuthorName,
                c.AuthorEmail,
                c.AuthorWebsite,
                c.Body,
                c.Status,
                c.HoldReason,
                c.CreatedAt,
                c.EditedAt,
                c.StaffUserId,
                c.ClientHash,
                c.AvatarSeed,
            })
            .ToListAsync(cancellationToken);
        var comments = rows.Select(r =>
        {
            var storyPath = r.ArticleStatus == ArticleStatus.Published && r.PublishedAt is { } published
                ? urls.Article(r.SectionSlug, published, r.Slug)
                : null;
            return new CommenterExportComment(
                r.Id,
                r.Headline,
                storyPath is null ? null : urls.Absolute(storyPath),
                storyPath is not null && r.Status == CommentStatus.Approved ? urls.Absolute(SiteUrls.CommentPermalink(storyPath, r.Id)) : null,
                r.ParentId,
                r.AuthorName,
                r.AuthorEmail,
                r.AuthorWebsite,
                r.Body,
                r.Status.ToString().ToLowerInvariant(),
                r.HoldReason,
                r.CreatedAt,
                r.EditedAt,
                r.StaffUserId is not null,
                r.ClientHash,
                r.AvatarSeed.Length == 0 ? null : r.AvatarSeed);
        }).ToList();

        await audit.RecordAsync(actor, AuditActions.CommenterExported, AuditSubject,
            string.Create(CultureInfo.InvariantCulture, $"Exported what is stored about one commenter's email address: {Comments(comments.Count)}."),
            cancellationToken);
        logger.LogInformation("Member {ActorId} exported {Count} comments of one commenter", actor.UserId, comments.Count);
        return new CommenterExport(
            email.Trim(),
            clock.GetUtcNow(),
            urls.Absolute(SiteUrls.Home),
            "The comments posted with this email address, with what the site recorded about each: the name, website and words given, "
            + "the moderation state and why a comment was held, when it was posted and last edited, a keyed hash of the network address "
            + "it came from (kept for 30 days, for rate limits only) and the keyed hash that draws its avatar.",
            comments);
    }

    /// <summary>
    /// Erases what is stored about <paramref name="email"/>: its comments lose the email (a placeholder takes its place), the
    /// website and both hashes, and either their words (<see cref="ErasureMode.Delete"/>) or their name
    /// (<see cref="ErasureMode.Anonymize"/>). Replies stay where they are, so conversations stay readable. Other comments
    /// that quote the address lose it too. One transaction, with its audit entry.
    /// </summary>
    public async Task<ErasureResult> EraseAsync(string email, ErasureMode mode, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not an erasure mode.");
        }
        var address = email.Trim();
        var comments = await ByEmail(address).ToListAsync(cancellationToken);
        if (comments.Count == 0)
        {
            return new ErasureResult(0, 0, 0);
        }
        var mention = MentionOf(address);
        foreach (var comment in comments)
        {
            comment.AuthorEmail = ErasedEmail(comment.Id);
            comment.AuthorWebsite = null;
            comment.ClientHash = null;
            comment.AvatarSeed = "";
            comment.HoldReason = comment.HoldReason is null ? null : mention.Replace(comment.HoldReason, RemovedAddress);
            if (mode == ErasureMode.Delete)
            {
                comment.AuthorName = DeletedName;
                comment.Body = DeletedBody;
                // Nothing is left to approve in a deleted comment that readers have not seen.
                if (comment.Status == CommentStatus.Pending)
                {
                    comment.Status = CommentStatus.Trash;
                }
            }
            else
            {
                comment.AuthorName = AnonymousName;
                comment.Body = Fit(mention.Replace(comment.Body, RemovedAddress), Comment.BodyMaxLength);
            }
        }

        var ids = comments.Select(c => c.Id).ToList();
        var pattern = LikePattern.Containing(address);
        var quoting = await db.Comments
            .Where(c => !ids.Contains(c.Id)
                && (EF.Functions.Like(SqlText.Lower(c.Body), pattern, LikePattern.Escape) || EF.Functions.Like(SqlText.Lower(c.AuthorName), pattern, LikePattern.Escape)
                    || EF.Functions.Like(SqlText.Lower(c.AuthorWebsite), pattern, LikePattern.Escape) || EF.Functions.Like(SqlText.Lower(c.HoldReason), pattern, LikePattern.Escape)))
            .ToListAsync(cancellationToken);
        var mentions = 0;
        foreach (var other in quoting)
        {
            var before = (other.Body, other.AuthorName, other.AuthorWebsite, other.HoldReason);
            other.Body = Fit(mention.Replace(other.Body, RemovedAddress), Comment.BodyMaxLength);
            other.AuthorName = Fit(mention.Replace(other.AuthorName, RemovedAddress), Comment.NameMaxLength);
            other.AuthorWebsite = other.AuthorWebsite is null || !mention.IsMatch(other.AuthorWebsite) ? other.AuthorWebsite : null;
            other.HoldReason = other.HoldReason is null ? null : Fit(mention.Replace(other.HoldReason, RemovedAddress), Comment.HoldReasonMaxLength);
            if (before != (other.Body, other.AuthorName, other.AuthorWebsite, other.HoldReason))
            {
                mentions++;
            }
        }

        var stories = comments.Select(c => c.ArticleId).ToHashSet();
        var result = new ErasureResult(comments.Count, stories.Count, mentions);
        audit.Add(actor, AuditActions.CommenterErased, AuditSubject, Describe(result, mode));
        // One SaveChanges: every comment and the audit entry are one transaction.
        await db.SaveChangesAsync(cancellationToken);

        stories.UnionWith(quoting.Select(c => c.ArticleId));
        foreach (var articleId in stories)
        {
            await cache.EvictAsync(CacheTags.Article(articleId), cancellationToken);
        }
        logger.LogInformation("Member {ActorId} erased {Count} comments of one commenter ({Mode})", actor.UserId, comments.Count, mode);
        return result;
    }

    /// <summary>What the audit log and the admin are told: counts, never the address.</summary>
    public static string Describe(ErasureResult result, ErasureMode mode)
    {
        ArgumentNullException.ThrowIfNull(result);
        var how = mode == ErasureMode.Delete ? $"replaced with “{DeletedBody}”" : $"kept, by “{AnonymousName}”";
        var stories = result.Stories == 1 ? "1 story" : string.Create(CultureInfo.InvariantCulture, $"{result.Stories:N0} stories");
        var text = $"Erased what was stored about one commenter's email address: {Comments(result.Comments)} on {stories}, their words {how}";
        return result.Mentions == 0
            ? text + "."
            : text + $"; the address was also removed from {Comments(result.Mentions)} that quoted it.";
    }

    private static string Comments(int count) =>
        count == 1 ? "1 comment" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} comments");

    /// <summary>
    /// The comments stored with <paramref name="email"/>, whatever its capitals. SQLite's lower() folds ASCII letters only,
    /// so an address with other capitals is found when typed exactly as it was posted.
    /// </summary>
    private IQueryable<Comment> ByEmail(string email)
    {
        var exact = email.Trim();
        var lowered = exact.ToLowerInvariant();
        return db.Comments.Where(c => c.AuthorEmail == exact || SqlText.Lower(c.AuthorEmail) == lowered);
    }

    /// <summary>The address as a whole, not inside a longer one: "ann@example.org" is not in "joann@example.org".</summary>
    private static Regex MentionOf(string address) =>
        new($@"(?<![\w.%+-]){Regex.Escape(address)}(?![\w-]|\.\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string Fit(string text, int maxLength) => text.Length > maxLength ? text[..maxLength] : text;
}
