namespace Byline.Planning;

/// <summary>A newsroom member as the plan names them (a reporter, or a choice of the person filter).</summary>
public sealed record PlanPerson(int UserId, string Name);
