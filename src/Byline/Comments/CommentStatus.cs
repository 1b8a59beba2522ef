namespace Byline.Comments;

public enum CommentStatus
{
    Pending,
    Approved,
    Spam,
    Trash,
}
