namespace Byline.Planning;

/// <summary>One section's lines of a day's plan, in the sections' navigation order (lines without a section last).</summary>
public sealed record PlanSection(int? SectionId, string Name, IReadOnlyList<PlanItem> Items);
