namespace Byline.Planning;

/// <summary>An <see cref="AssignmentInput"/> that passed <see cref="AssignmentRules"/>: trimmed, parsed, times in UTC.</summary>
public sealed record AssignmentFields(
    string WorkingHeadline,
    string Brief,
    int SectionId,
    IReadOnlyList<int> ReporterIds,
    DateTimeOffset Deadline,
    DateTimeOffset? PlannedAt);
