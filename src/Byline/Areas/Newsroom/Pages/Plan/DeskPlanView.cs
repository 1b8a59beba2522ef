using Byline.Planning;

namespace Byline.Areas.Newsroom.Pages.Plan;

/// <summary>The plan's part of the desk: the member's own open assignments, the filters, today's and tomorrow's plan.</summary>
public sealed record DeskPlanView(
    IReadOnlyList<PlanItem> Mine,
    PlanFilterForm Filters,
    PlanDayView Today,
    PlanDayView Tomorrow,
    string FullPlanLink,
    string? Refusal);
