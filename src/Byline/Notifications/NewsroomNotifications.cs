using Byline.Accounts;
using Byline.Storage;

namespace Byline.Notifications;

/// <summary>
/// Tells members what happened to their work. <see cref="Add"/> only stages the rows in the caller's unit of work, so a
/// notification is saved in the same transaction as the change it reports, or not at all.
/// </summary>
public sealed class NewsroomNotifications(BylineDb db, TimeProvider clock)
{
    /// <summary>
    /// One notification per distinct recipient, never to the member who caused it. <paramref name="link"/> is a newsroom
    /// path; <paramref name="text"/> is plain text (encoded when shown) and is cut to <see cref="Notification.TextMaxLength"/>.
    /// </summary>
    public void Add(NotificationKind kind, IEnumerable<int> recipientUserIds, Actor actor, string text, string link, int? articleId = null)
    {
        ArgumentNullException.ThrowIfNull(recipientUserIds);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(link);
        var now = clock.GetUtcNow();
        foreach (var recipient in recipientUserIds.Distinct().Where(id => id != actor.UserId))
        {
            db.Notifications.Add(new Notification
            {
                RecipientUserId = recipient,
                Kind = kind,
                ArticleId = articleId,
                ActorName = Cut(actor.Name, Notification.ActorNameMaxLength),
                Text = Cut(text, Notification.TextMaxLength),
                Link = Cut(link, Notification.LinkMaxLength),
                CreatedAt = now,
            });
        }
    }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
