using Byline.Accounts;
using Byline.Publishing.Presence;
using Byline.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>
/// The "Also here" line of a story's editor, rendered with the page so that it is right without JavaScript; opening the
/// page counts as the member's first heartbeat. The presence module then keeps it current.
/// </summary>
public sealed class StoryPresenceViewComponent(StoryPresence presence, SiteTime time, IOptions<PresenceOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int storyId)
    {
        var here = await presence.HeartbeatAsync(storyId, Actor.From(UserClaimsPrincipal), typing: false, HttpContext.RequestAborted);
        var others = here.Succeeded ? here.Value!.Select(e => PresentMember.From(e, time)).ToList() : [];
        var heartbeat = (int)Math.Max(1, Math.Round(options.Value.Heartbeat.TotalSeconds));
        return View("~/Areas/Newsroom/Pages/Stories/_Presence.cshtml", new StoryPresenceView(storyId, heartbeat, others));
    }
}
