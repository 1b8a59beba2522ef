using System.Globalization;
using System.Text;

namespace Byline.Comments;

/// <summary>The rules of moderation that need no database: where each action leads, what readers then see, and how it is told.</summary>
public static class ModerationRules
{
    /// <summary>The audit subject column holds at most this many characters.</summary>
    public const int SubjectMaxLength = 64;

    private static readonly ModerationAction[] InOrder = [ModerationAction.Approve, ModerationAction.Restore, ModerationAction.Spam, ModerationAction.Trash];

    public static CommentStatus TargetOf(ModerationAction action) => action switch
    {
        ModerationAction.Approve => CommentStatus.Approved,
        ModerationAction.Spam => CommentStatus.Spam,
        ModerationAction.Trash => CommentStatus.Trash,
        ModerationAction.Restore => CommentStatus.Pending,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a moderation action."),
    };

    /// <summary>Only approved comments are on the public page, so only a move into or out of Approved changes what readers see.</summary>
    public static bool ChangesWhatReadersSee(CommentStatus from, CommentStatus to) =>
        (from == CommentStatus.Approved) != (to == CommentStatus.Approved);

    /// <summary>The actions that move a comment in <paramref name="status"/> somewhere else.</summary>
    public static IReadOnlyList<ModerationAction> ActionsFor(CommentStatus status) =>
        InOrder.Where(a => TargetOf(a) != status).ToList();

    /// <summary>The button's words for <paramref name="action"/> on a comment that is now in <paramref name="from"/>.</summary>
    public static string Label(ModerationAction action, CommentStatus from) => action switch
    {
        ModerationAction.Approve => "Approve",
        ModerationAction.Spam => "Spam",
        ModerationAction.Trash => "Trash",
        ModerationAction.Restore when from == CommentStatus.Approved => "Unapprove",
        ModerationAction.Restore when from == CommentStatus.Spam => "Not spam",
        ModerationAction.Restore => "Restore",
        _ => action.ToString(),
    };

    /// <summary>"Approved 3 comments", "Moved 1 comment to the trash": for the moderator's notice and the audit log.</summary>
    public static string Summary(ModerationAction action, int count)
    {
        var comments = count == 1 ? "1 comment" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} comments");
        return action switch
        {
            ModerationAction.Approve => $"Approved {comments}",
            ModerationAction.Spam => $"Marked {comments} as spam",
            ModerationAction.Trash => $"Moved {comments} to the trash",
            ModerationAction.Restore => $"Returned {comments} to the pending queue",
            _ => $"Moderated {comments}",
        };
    }

    /// <summary>What the audit log records: the action, the count and the comment numbers. Never a commenter's name or email.</summary>
    public static string AuditDetails(ModerationAction action, IReadOnlyCollection<int> commentIds)
    {
        ArgumentNullException.ThrowIfNull(commentIds);
        return $"{Summary(action, commentIds.Count)}: {string.Join(", ", commentIds.Order().Select(id => "#" + id.ToString(CultureInfo.InvariantCulture)))}";
    }

    /// <summary>"comment:12" or "comment:12,13,14"; a long list ends with the number left out, so it fits the audit column.</summary>
    public static string AuditSubject(IReadOnlyCollection<int> commentIds)
    {
        ArgumentNullException.ThrowIfNull(commentIds);
        var ids = commentIds.Order().Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var subject = new StringBuilder("comment:");
        for (var i = 0; i < ids.Count; i++)
        {
            var separator = i == 0 ? "" : ",";
            var rest = ids.Count - i - 1;
            // Room is kept for the ",+N" that would follow if a later id did not fit.
            var reserve = rest == 0 ? 0 : 2 + (rest + 1).ToString(CultureInfo.InvariantCulture).Length;
            if (subject.Length + separator.Length + ids[i].Length + reserve > SubjectMaxLength)
            {
                subject.Append(CultureInfo.InvariantCulture, $",+{ids.Count - i}");
                break;
            }
            subject.Append(separator).Append(ids[i]);
        }
        return subject.ToString();
    }

    /// <summary>A state in words that follow "is" or "are already".</summary>
    public static string Describe(CommentStatus status) => status switch
    {
        CommentStatus.Pending => "pending",
        CommentStatus.Approved => "approved",
        CommentStatus.Spam => "marked as spam",
        CommentStatus.Trash => "in the trash",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>A reply is stored as a reader's comment is: trimmed, with one kind of line ending.</summary>
    public static string NormalizeBody(string? body) => (body ?? "").Trim().ReplaceLineEndings("\n");

    /// <summary>Why a staff reply cannot be published as written, or null when it can.</summary>
    public static string? ReplyBodyError(string normalizedBody)
    {
        ArgumentNullException.ThrowIfNull(normalizedBody);
        if (normalizedBody.Length == 0)
        {
            return "Write your reply.";
        }
        return normalizedBody.Length > Comment.BodyMaxLength
            ? string.Create(CultureInfo.InvariantCulture, $"A reply can be at most {Comment.BodyMaxLength:N0} characters long.")
            : null;
    }
}
