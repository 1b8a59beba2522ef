using System.Globalization;
using Byline.Accounts;
using Byline.Storage;

namespace Byline.Notifications;

/// <summary>
/// Tells a story's people (<see cref="StoryPeople"/>) what happened to it, staged in the caller's unit of work like
/// <see cref="NewsroomNotifications.Add"/>, so the news is saved with the change or not at all.
/// </summary>
public sealed class StoryNotifications(BylineDb db, NewsroomNotifications notifications)
{
    /// <summary>The story's page in the newsroom: where each of its people can read it.</summary>
    public static string StoryLink(int articleId) => string.Create(CultureInfo.InvariantCulture, $"/newsroom/stories/{articleId}");

    /// <param name="alsoToReviewers">Also every active editor and admin (a submitted story waits for one of them).</param>
    public async Task StageAsync(NotificationKind kind, int articleId, Actor actor, string text, bool alsoToReviewers, CancellationToken cancellationToken)
    {
        var recipients = await StoryPeople.OfStoryAsync(db, articleId, cancellationToken);
        if (alsoToReviewers)
        {
            recipients.AddRange(await StoryPeople.ReviewersAsync(db, cancellationToken));
        }
        notifications.Add(kind, recipients, actor, text, StoryLink(articleId), articleId);
    }
}
