namespace Byline.Comments;

/// <summary>
/// An approved comment as readers see it. It has no email field, so no page can ever show one. <c>IsStaff</c> marks a
/// reply from a newsroom member, which the page shows as the newsroom's.
/// </summary>
public sealed record CommentView(int Id, int? ParentId, string AuthorName, string? AuthorWebsite, string Body, DateTimeOffset CreatedAt, bool IsStaff = false);
