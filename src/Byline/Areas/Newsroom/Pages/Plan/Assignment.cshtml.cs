using System.Globalization;
using Byline.Planning;
using Byline.Site;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Plan;

/// <summary>
/// One assignment. Every member reads it; editors and admins edit, cancel and reopen it here; a reporter on it (or an
/// editor) starts its story, and once started the page leads to the story.
/// </summary>
public sealed class AssignmentModel(AssignmentDesk desk, StoryStart start, PlanReader plan, SiteIdentity site) : AssignmentFormModel(plan, site)
{
    public AssignmentDetail Detail { get; private set; } = null!;
    public bool CanManage => PlanAccess.CanManage(Actor);
    public bool CanStart => PlanAccess.CanStart(Actor, Detail.Item.Reporters.Select(r => r.UserId));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) =>
        await RespondAsync(await desk.UpdateAsync(id, Input, Actor, cancellationToken), () => Redirect($"/newsroom/plan/{id}"), () => LoadAsync(id, cancellationToken));

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken) =>
        await RespondAsync(await desk.CancelAsync(id, Actor, cancellationToken), () => Redirect($"/newsroom/plan/{id}"), () => ReloadAsync(id, cancellationToken));

    public async Task<IActionResult> OnPostReopenAsync(int id, CancellationToken cancellationToken) =>
        await RespondAsync(await desk.ReopenAsync(id, Actor, cancellationToken), () => Redirect($"/newsroom/plan/{id}"), () => ReloadAsync(id, cancellationToken));

    public async Task<IActionResult> OnPostStartAsync(int id, CancellationToken cancellationToken)
    {
        var outcome = await start.StartAsync(id, Actor, cancellationToken);
        return await RespondAsync(outcome, () => Redirect($"/newsroom/stories/{outcome.Value}"), () => ReloadAsync(id, cancellationToken));
    }

    /// <summary>The page again after a refused button that is not the form: the form shows what is stored.</summary>
    private async Task ReloadAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken))
        {
            Fill();
        }
    }

    private void Fill()
    {
        var item = Detail.Item;
        WorkingHeadline = item.WorkingHeadline;
        Brief = Detail.Brief;
        SectionId = item.SectionId?.ToString(CultureInfo.InvariantCulture);
        ReporterIds = [.. item.Reporters.Select(r => r.UserId.ToString(CultureInfo.InvariantCulture))];
        Deadline = LocalValue(item.Deadline);
        PlannedAt = item.PlannedAt is { } planned ? LocalValue(planned) : null;
        Version = Detail.Version;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var detail = await Plan.FindAsync(id, cancellationToken);
        if (detail is null)
        {
            return false;
        }
        Detail = detail;
        await LoadChoicesAsync([.. detail.Item.Reporters.Select(r => r.UserId)], cancellationToken);
        return true;
    }
}
