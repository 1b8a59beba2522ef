using Byline.Notifications;
using Byline.Site;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Notifications;

/// <summary>
/// The member's own notifications, newest first, 30 a page. Opening one is a POST that marks it read and then follows
/// its link, so it works without JavaScript; a link that would leave the newsroom is never followed.
/// </summary>
public sealed class IndexModel(NotificationInbox inbox) : NewsroomPageModel
{
    public IReadOnlyList<NotificationRow> Rows { get; private set; } = [];
    public bool HasOlder { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Unread { get; private set; }
    public string? PageError { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (Actor.UserId is not { } userId)
        {
            return Forbid();
        }
        if (!Web.PageNumber.TryParse(page, out var number, out var error))
        {
            PageError = error;
            var refused = Page();
            refused.StatusCode = StatusCodes.Status400BadRequest;
            return refused;
        }
        PageNumber = number.Value;
        (Rows, HasOlder) = await inbox.PageAsync(userId, PageNumber, cancellationToken);
        Unread = await inbox.UnreadCountAsync(userId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync([FromForm(Name = "id")] long id, CancellationToken cancellationToken)
    {
        if (Actor.UserId is not { } userId)
        {
            return Forbid();
        }
        // Another member's notification is as unknown as one that does not exist.
        var link = await inbox.OpenAsync(userId, id, cancellationToken);
        if (link is null)
        {
            return NotFound();
        }
        if (!NotificationInbox.IsNewsroomLink(link))
        {
            Flash("That notification's link does not lead to a newsroom page, so it was not followed.");
            return RedirectToPage();
        }
        return LocalRedirect(link);
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        if (Actor.UserId is not { } userId)
        {
            return Forbid();
        }
        var marked = await inbox.MarkAllReadAsync(userId, cancellationToken);
        Flash(marked switch
        {
            0 => "There was nothing unread.",
            1 => "1 notification marked as read.",
            _ => $"{marked:N0} notifications marked as read.",
        });
        return RedirectToPage();
    }

    public static string PathFor(int page) => SiteUrls.WithPage("/newsroom/notifications", page);
}
