namespace Byline.Notifications;

/// <summary>Every kind of notification in the order the account page lists them, each with the words that name it there.</summary>
public static class NotificationKinds
{
    public static IReadOnlyList<NotificationKind> All { get; } =
    [
        NotificationKind.Assigned,
        NotificationKind.StorySubmitted,
        NotificationKind.StorySentBack,
        NotificationKind.StoryScheduled,
        NotificationKind.StoryPublished,
        NotificationKind.StoryCorrected,
        NotificationKind.Mentioned,
        NotificationKind.CommentHeld,
    ];

    public static string Describe(NotificationKind kind) => kind switch
    {
        NotificationKind.Assigned => "A story is assigned to you",
        NotificationKind.StorySubmitted => "A story is submitted for review (yours; editors and admins hear of every one)",
        NotificationKind.StorySentBack => "Your story is sent back to draft",
        NotificationKind.StoryScheduled => "Your story is scheduled",
        NotificationKind.StoryPublished => "Your story is published",
        NotificationKind.StoryCorrected => "A correction is added to your story",
        NotificationKind.Mentioned => "A note mentions you",
        NotificationKind.CommentHeld => "A comment on your story waits for moderation",
        _ => kind.ToString(),
    };
}
