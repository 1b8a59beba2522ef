namespace Byline.Comments;

/// <summary>One page of comments in one state: the pending queue oldest first, the other states newest first.</summary>
public sealed record ModerationPage(CommentStatus Status, int Page, int PageCount, IReadOnlyList<ModerationItem> Items);
