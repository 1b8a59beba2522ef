namespace Byline.Content;

public enum CommentPolicy
{
    Open,
    ClosedAfterDays,
    Closed,
}
