namespace Byline.Comments;

/// <summary>The reader's choice of order, kept in the address (<c>?corder=newest</c>), so no cookie banner is needed.</summary>
public enum CommentOrder
{
    Oldest,
    Newest,
}
