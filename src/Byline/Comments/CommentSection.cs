namespace Byline.Comments;

/// <summary>One page of a story's conversation, as the article page shows it.</summary>
public sealed record CommentSection(
    IReadOnlyList<CommentThread> Threads,
    int ApprovedCount,
    int Page,
    int PageCount,
    CommentOrder Order,
    CommentView? ReplyTarget)
{
    public const int ThreadsPerPage = 50;
}
