using Byline.Planning;
using Byline.Site;

namespace Byline.Areas.Newsroom.Pages.Plan;

/// <summary>
/// The plan's GET filter form, on the plan page and on the desk: a reporter and a section, and on the plan page the day
/// and whether cancelled lines show. <see cref="IdPrefix"/> keeps the field ids unique on the page.
/// </summary>
public sealed record PlanFilterForm(
    string Action,
    string IdPrefix,
    IReadOnlyList<PlanPerson> People,
    IReadOnlyList<SectionLink> Sections,
    PlanFilter Filter,
    DateOnly? Day = null,
    bool OffersCancelled = false);
