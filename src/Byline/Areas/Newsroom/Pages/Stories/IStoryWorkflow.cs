using Byline.Publishing;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>What the workflow panel of the story form shows: the moves the member may make and the schedule field.</summary>
public interface IStoryWorkflow
{
    IReadOnlyList<WorkflowMove> Moves { get; }

    string TimeZoneName { get; }

    /// <summary>The schedule time as the member typed it or as proposed, in the site's time zone (datetime-local).</summary>
    string? PublishAt { get; }
}
