using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Comments;

/// <summary>
/// Reads a story's conversation: approved comments in threads (one level of replies), a page of threads in the
/// reader's order, plus (for the browser that wrote them) the reader's own comments still awaiting moderation.
/// </summary>
public sealed class CommentSectionReader(BylineDb db, TimeProvider clock)
{
    public async Task<CommentSection> ReadAsync(int articleId, int page, CommentOrder order, IReadOnlyList<int> ownIds, int? replyTo, CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(articleId, ownIds, cancellationToken);
        var approvedCount = views.Count(c => !c.IsPending);
        var threads = CommentThread.Build(views);
        if (order == CommentOrder.Newest)
        {
            threads = threads.Reverse().ToList();
        }
        var pageCount = Math.Max(1, (threads.Count + CommentSection.ThreadsPerPage - 1) / CommentSection.ThreadsPerPage);
        var current = Math.Clamp(page, 1, pageCount);
        var shown = threads.Skip((current - 1) * CommentSection.ThreadsPerPage).Take(CommentSection.ThreadsPerPage).ToList();
        var target = replyTo is { } id ? views.FirstOrDefault(v => v.Id == id && !v.IsPending) : null;
        return new CommentSection(shown, approvedCount, current, pageCount, order, target);
    }

    /// <summary>
    /// Where the browser that posted <paramref name="comment"/> lands: the page of the conversation (oldest threads
    /// first) that shows it, at the comment once published, or at the notice (<paramref name="receivedQuery"/>) while pending.
    /// </summary>
    public async Task<string> LandingAsync(string storyPath, Comment comment, IReadOnlyList<int> ownIds, string receivedQuery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var threads = CommentThread.Build(await ViewsAsync(comment.ArticleId, ownIds, cancellationToken)).ToList();
        var index = threads.FindIndex(t => t.Comment.Id == comment.Id || t.Replies.Any(r => r.Id == comment.Id));
        var page = CommentSection.PageQuery((Math.Max(0, index) / CommentSection.ThreadsPerPage) + 1);
        return comment.Status == CommentStatus.Approved
            ? CommentSection.Address(storyPath, [page], $"#comment-{comment.Id}")
            : CommentSection.Address(storyPath, [page, receivedQuery], "#comment-received");
    }

    /// <summary>
    /// One of this browser's own comments on the story, wherever it is in the conversation, for editing or deleting;
    /// null when it is not the browser's or no longer there.
    /// </summary>
    public async Task<CommentView?> OwnCommentAsync(int articleId, int commentId, IReadOnlyList<int> ownIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ownIds);
        if (!ownIds.Contains(commentId))
        {
            return null;
        }
        var created = await db.Comments.Where(c => c.Id == commentId && c.ArticleId == articleId && c.Status != CommentStatus.Trash)
            .Select(c => (DateTimeOffset?)c.CreatedAt).SingleOrDefaultAsync(cancellationToken);
        return created is { } at ? new CommentView(commentId, null, "", null, "", at) { IsOwn = true, EditableUntil = EditableUntil(at) } : null;
    }

    private async Task<List<CommentView>> ViewsAsync(int articleId, IReadOnlyList<int> ownIds, CancellationToken cancellationToken)
    {
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == articleId && (c.Status == CommentStatus.Approved || (ownIds.Contains(c.Id) && c.Status == CommentStatus.Pending)))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.ParentId, c.AuthorName, c.AuthorWebsite, c.Body, c.CreatedAt, c.StaffUserId, c.AvatarSeed, c.Status, c.EditedAt })
            .ToListAsync(cancellationToken);

        return comments.Select(c =>
        {
            var own = ownIds.Contains(c.Id);
            return new CommentView(c.Id, c.ParentId, c.AuthorName, c.AuthorWebsite, c.Body, c.CreatedAt, c.StaffUserId != null, c.AvatarSeed)
            {
                IsOwn = own,
                IsPending = c.Status == CommentStatus.Pending,
                EditableUntil = own ? EditableUntil(c.CreatedAt) : null,
                EditedAt = c.EditedAt,
            };
        }).ToList();
    }

    private DateTimeOffset? EditableUntil(DateTimeOffset createdAt)
    {
        var until = createdAt + CommenterCookies.EditWindow;
        return until > clock.GetUtcNow() ? until : null;
    }
}
