using Byline.Outcomes;
using Byline.Publishing.Presence;
using Byline.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>
/// <c>/newsroom/stories/{id}/presence</c>: the editor's heartbeat (POST, with the form token: "I am here", answered with
/// who else is), a look without counting as there (GET), and leaving (POST <c>?handler=Leave</c>, sent as a beacon when
/// the page goes). JSON in, JSON out; nothing is written to the database.
/// </summary>
public sealed class PresenceModel(StoryPresence presence, SiteTime time, IOptions<PresenceOptions> options) : NewsroomPageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        Answer(await presence.OthersOnAsync(id, Actor, cancellationToken));

    /// <param name="typing">"true" when the member typed since the page's previous heartbeat.</param>
    public async Task<IActionResult> OnPostAsync(int id, string? typing, CancellationToken cancellationToken)
    {
        bool typed;
        switch (typing?.Trim().ToLowerInvariant())
        {
            case null or "" or "false" or "0":
                typed = false;
                break;
            case "true" or "1":
                typed = true;
                break;
            default:
                return Refuse(StatusCodes.Status400BadRequest, "“typing” must be true or false.");
        }
        return Answer(await presence.HeartbeatAsync(id, Actor, typed, cancellationToken));
    }

    public async Task<IActionResult> OnPostLeaveAsync(int id, CancellationToken cancellationToken)
    {
        await presence.LeaveAsync(id, Actor, cancellationToken);
        return new JsonResult(new { left = true });
    }

    private JsonResult Answer(Outcome<IReadOnlyList<PresenceEntry>> outcome) => outcome.Kind switch
    {
        OutcomeKind.Done => new JsonResult(new
        {
            heartbeatSeconds = (int)Math.Max(1, Math.Round(options.Value.Heartbeat.TotalSeconds)),
            others = outcome.Value!.Select(e => PresentMember.From(e, time)).Select(m => new
            {
                m.Name,
                m.Role,
                m.Since,
                m.SinceText,
                m.Typing,
                text = m.Describe(),
            }),
        }),
        OutcomeKind.NotFound => Refuse(StatusCodes.Status404NotFound, outcome.Message),
        _ => Refuse(StatusCodes.Status403Forbidden, outcome.Message),
    };

    private static JsonResult Refuse(int status, string message) => new(new { message }) { StatusCode = status };
}
