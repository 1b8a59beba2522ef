using Byline.Planning;

namespace Byline.Areas.Newsroom.Pages.Plan;

/// <summary>One day of the plan as a panel: its heading (an h2, its sections h3), the lines by section, and what to say when empty.</summary>
public sealed record PlanDayView(string Heading, string HeadingId, IReadOnlyList<PlanSection> Sections, string Empty);
