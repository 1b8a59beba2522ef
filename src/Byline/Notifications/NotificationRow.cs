namespace Byline.Notifications;

/// <summary>One line of a member's notification list, as the page shows it.</summary>
public sealed record NotificationRow(long Id, NotificationKind Kind, string ActorName, string Text, string Link, DateTimeOffset CreatedAt, bool IsRead);
