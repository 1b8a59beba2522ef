namespace Byline.Comments;

/// <summary>
/// A comment as the moderation view shows it. Unlike <see cref="CommentView"/> it carries the commenter's email: it is
/// only ever rendered inside the newsroom, to editors. <c>StoryPath</c> is the story's public address, null while the
/// story is not published; <c>ParentAuthorName</c> names the writer of the comment this one answers;
/// <c>HoldReason</c> says why the moderation rules held it (or sent it to spam).
/// </summary>
public sealed record ModerationItem(
    int Id,
    int ArticleId,
    string Headline,
    string? StoryPath,
    int? ParentId,
    string? ParentAuthorName,
    string AuthorName,
    string AuthorEmail,
    string? AuthorWebsite,
    string Body,
    CommentStatus Status,
    bool IsStaff,
    DateTimeOffset CreatedAt,
    string? HoldReason = null);
