namespace Byline.Notifications;

/// <summary>One line in a member's notification list ("Ana Ruiz sent back “Harbour fees rise”"), read or not.</summary>
public sealed class Notification
{
    public const int TextMaxLength = 400;
    public const int LinkMaxLength = 300;
    public const int ActorNameMaxLength = 120;

    public long Id { get; set; }
    public int RecipientUserId { get; set; }
    public NotificationKind Kind { get; set; }

    /// <summary>The story it is about, when it is about one: purging the story removes its notifications.</summary>
    public int? ArticleId { get; set; }

    /// <summary>Who caused it, by name as it was then (the scheduler or the comment form when no member did).</summary>
    public required string ActorName { get; set; }
    public required string Text { get; set; }

    /// <summary>A newsroom path (<c>/newsroom/...</c>) where the recipient acts on it.</summary>
    public required string Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>When its email went out, for a recipient who chose email for its kind (see <see cref="NotificationOutbox"/>).</summary>
    public DateTimeOffset? EmailedAt { get; set; }

    /// <summary>Email attempts so far: the outbox claims a notification by raising it, so only one node sends it.</summary>
    public int EmailAttempts { get; set; }

    /// <summary>When a claimed email that has not gone out may be tried again (after a failure, or a node that stopped).</summary>
    public DateTimeOffset? EmailRetryAt { get; set; }
}
