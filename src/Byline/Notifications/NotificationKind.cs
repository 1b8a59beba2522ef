namespace Byline.Notifications;

/// <summary>What a newsroom notification tells its recipient; a member chooses per kind whether it also arrives by email.</summary>
public enum NotificationKind
{
    Assigned = 1,
    StorySubmitted = 2,
    StorySentBack = 3,
    StoryPublished = 4,
    StoryScheduled = 5,
    StoryCorrected = 6,
    Mentioned = 7,
    CommentHeld = 8,
}
