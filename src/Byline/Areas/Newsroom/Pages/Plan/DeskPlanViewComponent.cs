using System.Globalization;
using Byline.Accounts;
using Byline.Planning;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Plan;

/// <summary>
/// The plan on the desk, for every member (it is the newsroom's plan): "Your assignments", then today's and tomorrow's
/// plan by section, filtered by the desk's own <c>person</c> and <c>section</c> query fields. A component of its own
/// so the desk page keeps its lists and gains one line.
/// </summary>
public sealed class DeskPlanViewComponent(PlanReader plan) : ViewComponent
{
    private const int MineShown = 10;
    private static readonly CultureInfo Display = CultureInfo.GetCultureInfo("en-GB");

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var actor = Actor.From(UserClaimsPrincipal);
        var query = Request.Query;
        var refusals = new List<string>();
        var filter = new PlanFilter(
            PlanLinks.Id(query["person"], "That person filter is not a member's number: choose from the list.", refusals),
            PlanLinks.Id(query["section"], "That section filter is not a section's number: choose from the list.", refusals));
        var today = plan.Today;
        var mine = actor.UserId is { } me ? await plan.OpenForAsync(me, MineShown, cancellationToken) : [];
        var filtered = filter.PersonId is not null || filter.SectionId is not null;
        var empty = filtered ? "Nothing matches the filters." : "Nothing is planned.";
        var view = new DeskPlanView(
            mine,
            new PlanFilterForm("/newsroom", "desk-", await plan.MembersAsync(filter.PersonId is { } p ? [p] : [], cancellationToken),
                await plan.SectionsAsync(cancellationToken), filter),
            new PlanDayView($"Today’s plan, {today.ToString("d MMMM", Display)}", "plan-today", await plan.DayAsync(today, filter, cancellationToken), empty),
            new PlanDayView($"Tomorrow’s plan, {today.AddDays(1).ToString("d MMMM", Display)}", "plan-tomorrow", await plan.DayAsync(today.AddDays(1), filter, cancellationToken), empty),
            PlanLinks.Day(today, filter),
            refusals.Count > 0 ? string.Join(" ", refusals) : null);
        return View("/Areas/Newsroom/Pages/Plan/_DeskPlan.cshtml", view);
    }
}
