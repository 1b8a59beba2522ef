using Byline.Publishing;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>What the workflow panel of the story form shows: the moves the member may make and the schedule field.</summary>
public interface IStoryWorkflow
{
    IReadOnlyList<WorkflowMove> Moves { get; }

    string TimeZoneName { get; }

    /// <summary>The schedule time as the member typed it or as proposed, in the site's time zone (datetime-local).</summary>
    string? PublishAt { get; }

    /// <summary>True when "Return to draft" sends the story back to its author and so must say what needs changing.</summary>
    bool SendBackNeedsNote => false;

    /// <summary>What needs changing, as the member typed it, and why it was refused.</summary>
    string? SentBackNote => null;

    string? SentBackError => null;
}
