using System.Globalization;
using Byline.Planning;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Plan;

/// <summary>
/// The plan: one day's assignments by section (today unless another day is asked for), filtered by reporter and
/// section with a GET form, so the filters work without JavaScript and a filtered plan can be linked to.
/// </summary>
public sealed class IndexModel(PlanReader plan) : NewsroomPageModel
{
    public DateOnly Day { get; private set; }
    public DateOnly Today { get; private set; }
    public PlanFilter Filter { get; private set; } = new();
    public IReadOnlyList<PlanSection> Sections { get; private set; } = [];
    public PlanFilterForm Form { get; private set; } = null!;
    public string? Refusal { get; private set; }

    public string DayName(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The plan's address for <paramref name="day"/>, keeping the filters.</summary>
    public string Link(DateOnly day) => PlanLinks.Day(day, Filter);

    public async Task<IActionResult> OnGetAsync(string? day, string? person, string? section, string? cancelled, CancellationToken cancellationToken)
    {
        Today = plan.Today;
        Day = Today;
        var refusals = new List<string>();
        if (!string.IsNullOrEmpty(day))
        {
            if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen))
            {
                Day = chosen;
            }
            else
            {
                refusals.Add("Give the day as year-month-day, for example 2026-12-07.");
            }
        }
        Filter = new PlanFilter(
            PlanLinks.Id(person, "That person filter is not a member's number: choose from the list.", refusals),
            PlanLinks.Id(section, "That section filter is not a section's number: choose from the list.", refusals),
            cancelled == "true");
        var people = await plan.MembersAsync(Filter.PersonId is { } p ? [p] : [], cancellationToken);
        var sections = await plan.SectionsAsync(cancellationToken);
        Form = new PlanFilterForm("/newsroom/plan", "plan-", people, sections, Filter, Day, OffersCancelled: true);
        if (refusals.Count > 0)
        {
            Refusal = string.Join(" ", refusals);
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }
        Sections = await plan.DayAsync(Day, Filter, cancellationToken);
        return Page();
    }

    /// <summary>"Today, Monday 7 December 2026".</summary>
    public string Heading => (Day == Today ? "Today, " : Day == Today.AddDays(1) ? "Tomorrow, " : "") + DayName(Day);
}
