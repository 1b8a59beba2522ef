using System.Globalization;
using Byline.Accounts;
using Byline.Planning;
using Byline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Plan;

/// <summary>An editor puts a story on the plan: who writes it, for which section, by when.</summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
public sealed class NewModel(AssignmentDesk desk, PlanReader plan, SiteIdentity site) : AssignmentFormModel(plan, site)
{
    /// <summary>Opened from a day of the plan, the deadline starts at 17:00 that day; otherwise today's (or tomorrow's, late in the day).</summary>
    public async Task<IActionResult> OnGetAsync(string? day, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync([], cancellationToken);
        var date = DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen) ? chosen : Today;
        Deadline = date.ToDateTime(new TimeOnly(17, 0)).ToString(LocalFormat, CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await desk.CreateAsync(Input, Actor, cancellationToken);
        return await RespondAsync(outcome, () => Redirect($"/newsroom/plan/{outcome.Value}"), () => LoadChoicesAsync([], cancellationToken));
    }
}
