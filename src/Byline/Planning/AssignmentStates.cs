using Byline.Content;

namespace Byline.Planning;

/// <summary>
/// The state of a line of the plan, never stored: it follows the story's status, so a move in the editor needs no
/// second write here, and lateness follows the clock.
/// </summary>
public static class AssignmentStates
{
    /// <summary>
    /// Cancelled wins; otherwise the story's progress, unless it is late: the deadline passed before the story reached
    /// review, or the planned publication time passed before it was published.
    /// </summary>
    public static AssignmentState Of(DateTimeOffset? cancelledAt, ArticleStatus? story, DateTimeOffset deadline, DateTimeOffset? plannedAt, DateTimeOffset now)
    {
        if (cancelledAt is not null)
        {
            return AssignmentState.Cancelled;
        }
        var progress = story switch
        {
            null => AssignmentState.Assigned,
            ArticleStatus.InReview => AssignmentState.InReview,
            ArticleStatus.Scheduled => AssignmentState.Scheduled,
            ArticleStatus.Published => AssignmentState.Published,
            // A story taken down (or still being imported) is being worked on again.
            _ => AssignmentState.Writing,
        };
        var missedDeadline = deadline < now && progress is AssignmentState.Assigned or AssignmentState.Writing;
        var missedPublication = plannedAt < now && progress != AssignmentState.Published;
        return missedDeadline || missedPublication ? AssignmentState.Late : progress;
    }

    /// <summary>The state as the plan says it: "in review".</summary>
    public static string Describe(AssignmentState state) => state switch
    {
        AssignmentState.InReview => "in review",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>Still work to do: neither published nor cancelled.</summary>
    public static bool IsOpen(AssignmentState state) => state is not (AssignmentState.Published or AssignmentState.Cancelled);
}
