namespace Byline.Comments;

/// <summary>A top-level comment and its replies (one level deep), oldest first.</summary>
public sealed record CommentThread(CommentView Comment, IReadOnlyList<CommentView> Replies)
{
    /// <summary>
    /// Groups approved comments into threads. A reply to a reply joins the thread of its top-level comment; a reply
    /// whose parent is not shown (pending, spam, deleted) stands on its own, so every approved comment appears once.
    /// </summary>
    public static IReadOnlyList<CommentThread> Build(IReadOnlyList<CommentView> approvedOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(approvedOldestFirst);
        var byId = approvedOldestFirst.ToDictionary(c => c.Id);

        int RootOf(CommentView comment)
        {
            var seen = new HashSet<int> { comment.Id };
            while (comment.ParentId is { } parentId && byId.TryGetValue(parentId, out var parent) && seen.Add(parent.Id))
            {
                comment = parent;
            }
            return comment.Id;
        }

        var roots = approvedOldestFirst.ToLookup(RootOf);
        return approvedOldestFirst
            .Where(c => RootOf(c) == c.Id)
            .Select(c => new CommentThread(c, roots[c.Id].Where(reply => reply.Id != c.Id).ToList()))
            .ToList();
    }
}
