using Byline.Content;

namespace Byline.Planning;

/// <summary>
/// A line of the day's plan (the newsroom's "budget"): a story an editor has ordered, for whom, for which section and
/// by when. The story it becomes is made only when a reporter starts it (<see cref="ArticleId"/>); its state on the
/// plan is read from that story and the clock (<see cref="AssignmentStates"/>), never stored.
/// </summary>
public sealed class Assignment
{
    public const int WorkingHeadlineMaxLength = Article.HeadlineMaxLength;
    public const int BriefMaxLength = 4000;

    /// <summary>A plan line names a few people, not a department.</summary>
    public const int MaxReporters = 10;

    public int Id { get; set; }
    public required string WorkingHeadline { get; set; }

    /// <summary>What the editor wants, as plain text (paragraphs and web addresses become HTML when shown, encoded).</summary>
    public string Brief { get; set; } = "";

    /// <summary>Null only when the section was deleted after the assignment was made.</summary>
    public int? SectionId { get; set; }
    public Section? Section { get; set; }

    public List<AssignmentReporter> Reporters { get; set; } = [];

    /// <summary>When the copy is due (UTC).</summary>
    public DateTimeOffset Deadline { get; set; }

    /// <summary>When the story should go live (UTC); the plan files it under that day, or the deadline's day without one.</summary>
    public DateTimeOffset? PlannedAt { get; set; }

    public int? CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The story started from it; null until a reporter starts it (and again if that story is deleted).</summary>
    public int? ArticleId { get; set; }
    public Article? Article { get; set; }

    /// <summary>An editor cancels rather than deletes: the line leaves the plan and stays findable.</summary>
    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Counts the edits; an edit made from an older version is refused rather than silently overwriting.</summary>
    public int Version { get; set; }
}
