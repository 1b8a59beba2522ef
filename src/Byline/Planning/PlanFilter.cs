namespace Byline.Planning;

/// <summary>The plan's filters as the GET form sends them: a reporter, a section, and whether to show cancelled lines.</summary>
public sealed record PlanFilter(int? PersonId = null, int? SectionId = null, bool Cancelled = false);
