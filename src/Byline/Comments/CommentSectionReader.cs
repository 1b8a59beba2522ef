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
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == articleId && (c.Status == CommentStatus.Approved || (ownIds.Contains(c.Id) && c.Status == CommentStatus.Pending)))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.ParentId, c.AuthorName, c.AuthorWebsite, c.Body, c.CreatedAt, c.StaffUserId, c.AvatarSeed, c.Status, c.EditedAt })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var views = comments.Select(c =>
        {
            var own = ownIds.Contains(c.Id);
            var editableUntil = c.CreatedAt + CommenterCookies.EditWindow;
            return new CommentView(c.Id, c.ParentId, c.AuthorName, c.AuthorWebsite, c.Body, c.CreatedAt, c.StaffUserId != null, c.AvatarSeed)
            {
                IsOwn = own,
                IsPending = c.Status == CommentStatus.Pending,
                EditableUntil = own && editableUntil > now ? editableUntil : null,
                EditedAt = c.EditedAt,
            };
        }).ToList();

        var approvedCount = comments.Count(c => c.Status == CommentStatus.Approved);
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
}
