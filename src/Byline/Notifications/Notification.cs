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
}
