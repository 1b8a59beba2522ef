namespace Byline.Notifications;

/// <summary>A member's choice for one kind of notification: whether it also arrives by email (it is always in the newsroom).</summary>
public sealed class NotificationPreference
{
    public int UserId { get; set; }
    public NotificationKind Kind { get; set; }
    public bool ByEmail { get; set; }

    /// <summary>When email was last turned on for this kind: only notifications made since then are emailed, never a backlog.</summary>
    public DateTimeOffset ChosenAt { get; set; }
}
