namespace Byline.Planning;

/// <summary>An assignment's own page: its line of the plan, the brief and who made it.</summary>
public sealed record AssignmentDetail(PlanItem Item, string Brief, string? CreatedByName, DateTimeOffset CreatedAt, int Version);
