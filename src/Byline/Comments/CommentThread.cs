namespace Byline.Comments;

/// <summary>A top-level comment and its replies (one level deep), oldest first.</summary>
public sealed record CommentThread(CommentView Comment, IReadOnlyList<CommentView> Replies)
{
    public static IReadOnlyList<CommentThread> Build(IReadOnlyList<CommentView> approvedOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(approvedOldestFirst);
        var ids = approvedOldestFirst.Select(c => c.Id).ToHashSet();
        var replies = approvedOldestFirst
            .Where(c => c.ParentId is { } parent && ids.Contains(parent))
            .ToLookup(c => c.ParentId!.Value);
        return approvedOldestFirst
            .Where(c => c.ParentId is null || !ids.Contains(c.ParentId.Value))
            .Select(c => new CommentThread(c, replies[c.Id].ToList()))
            .ToList();
    }
}
