using Microsoft.EntityFrameworkCore;
using Byline.Storage;

namespace Byline.Notifications;

/// <summary>
/// A member's own notifications: the header's unread count, the list, opening one and marking all read. Every read and
/// write names the recipient, so nobody can see or touch another member's notifications.
/// </summary>
public sealed class NotificationInbox(BylineDb db, TimeProvider clock)
{
    public const int PageSize = 30;

    /// <summary>One COUNT over the (recipient, read) index: cheap enough for every newsroom page.</summary>
    public Task<int> UnreadCountAsync(int userId, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(n => n.RecipientUserId == userId && n.ReadAt == null, cancellationToken);

    /// <summary>A page of the member's notifications, newest first, and whether an older page exists (read as one row more, not counted).</summary>
    public async Task<(IReadOnlyList<NotificationRow> Rows, bool HasOlder)> PageAsync(int userId, int page, CancellationToken cancellationToken)
    {
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientUserId == userId)
            .OrderByDescending(n => n.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.ActorName, n.Text, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        var hasOlder = rows.Count > PageSize;
        return (hasOlder ? rows[..PageSize] : rows, hasOlder);
    }

    /// <summary>Marks the member's notification read and gives its link; null when it is not theirs (or does not exist).</summary>
    public async Task<string?> OpenAsync(int userId, long notificationId, CancellationToken cancellationToken)
    {
        var link = await db.Notifications.AsNoTracking()
            .Where(n => n.Id == notificationId && n.RecipientUserId == userId)
            .Select(n => n.Link)
            .SingleOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        await db.Notifications
            .Where(n => n.Id == notificationId && n.RecipientUserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), cancellationToken);
        return link;
    }

    /// <summary>Marks every unread notification of the member read; the number marked.</summary>
    public Task<int> MarkAllReadAsync(int userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Notifications
            .Where(n => n.RecipientUserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>
    /// Whether a stored link may be followed: a path inside the newsroom only, so a notification can never send its
    /// reader to another site ("//host", "/\host" and the like are refused).
    /// </summary>
    public static bool IsNewsroomLink(string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.StartsWith("/newsroom/", StringComparison.Ordinal)
            && !link.Contains('\\', StringComparison.Ordinal)
            && !link.Contains("//", StringComparison.Ordinal)
            && !link.Any(char.IsControl);
    }
}
