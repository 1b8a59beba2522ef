namespace Byline.Planning;

/// <summary>Where a line of the plan stands, derived from its story and the clock by <see cref="AssignmentStates"/>.</summary>
public enum AssignmentState
{
    Assigned,
    Writing,
    InReview,
    Scheduled,
    Published,
    Late,
    Cancelled,
}
