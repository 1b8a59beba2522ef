namespace Byline.Comments;

/// <summary>How many comments are in each state, for the moderation tabs.</summary>
public sealed record ModerationCounts(int Pending, int Approved, int Spam, int Trash)
{
    public int Of(CommentStatus status) => status switch
    {
        CommentStatus.Pending => Pending,
        CommentStatus.Approved => Approved,
        CommentStatus.Spam => Spam,
        CommentStatus.Trash => Trash,
        _ => 0,
    };
}
