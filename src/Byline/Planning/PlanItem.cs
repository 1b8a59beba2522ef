using Byline.Content;

namespace Byline.Planning;

/// <summary>A line of the plan as the desk and the plan page show it, its state worked out when it was read.</summary>
public sealed record PlanItem(
    int Id,
    string WorkingHeadline,
    int? SectionId,
    string SectionName,
    IReadOnlyList<PlanPerson> Reporters,
    DateTimeOffset Deadline,
    DateTimeOffset? PlannedAt,
    int? ArticleId,
    ArticleStatus? StoryStatus,
    DateTimeOffset? CancelledAt,
    AssignmentState State)
{
    /// <summary>The instant that files it under a day of the plan.</summary>
    public DateTimeOffset PlanTime => PlannedAt ?? Deadline;
}
