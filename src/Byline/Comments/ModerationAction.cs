namespace Byline.Comments;

/// <summary>What a moderator does to one or many comments; each moves them to one state.</summary>
public enum ModerationAction
{
    Approve,
    Spam,
    Trash,

    /// <summary>Back to the queue, from any other state: undoes an approval, a spam verdict or the trash.</summary>
    Restore,
}
