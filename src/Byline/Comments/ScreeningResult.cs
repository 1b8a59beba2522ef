namespace Byline.Comments;

public sealed record ScreeningResult(CommentStatus Status, string? Reason);
