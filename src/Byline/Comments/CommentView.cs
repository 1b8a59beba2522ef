namespace Byline.Comments;

/// <summary>
/// A comment as readers see it. It has no email field, so no page can ever show one. <c>IsStaff</c> marks a reply from a
/// newsroom member; <c>IsOwn</c>, <c>IsPending</c> and <c>EditableUntil</c> are set only on the page of the browser that
/// posted it (that page is never cached).
/// </summary>
public sealed record CommentView(
    int Id,
    int? ParentId,
    string AuthorName,
    string? AuthorWebsite,
    string Body,
    DateTimeOffset CreatedAt,
    bool IsStaff = false,
    string AvatarSeed = "")
{
    public bool IsOwn { get; init; }
    public bool IsPending { get; init; }
    public DateTimeOffset? EditableUntil { get; init; }
    public DateTimeOffset? EditedAt { get; init; }
}
