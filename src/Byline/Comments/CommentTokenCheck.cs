namespace Byline.Comments;

public enum CommentTokenCheck
{
    Valid,
    Missing,
    Invalid,
    Expired,
    TooFast,
    CrossSite,
}
