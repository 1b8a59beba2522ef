namespace Byline.Planning;

/// <summary>
/// The assignment form as typed: times are the site's local times as a <c>datetime-local</c> field sends them, and the
/// section and reporters arrive as text, so that a wrong value is a reason beside its field rather than a binder error.
/// </summary>
public sealed record AssignmentInput(
    string? WorkingHeadline,
    string? Brief,
    string? SectionId,
    IReadOnlyList<string> ReporterIds,
    string? Deadline,
    string? PlannedAt,
    int Version = 0);
