using Byline.Content;
using Byline.Planning;
using static Byline.Planning.AssignmentState;

namespace Byline.Tests.Planning;

/// <summary>
/// The state of a line of the plan from its story's status and the clock: before the deadline, after the deadline, and
/// after the planned publication time, for a line without a story and for every status its story can have.
/// </summary>
public sealed class AssignmentStatesTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Planned = new(2026, 12, 7, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BeforeDeadline = Deadline.AddHours(-1);
    private static readonly DateTimeOffset AfterDeadline = Deadline.AddHours(1);
    private static readonly DateTimeOffset AfterPlanned = Planned.AddHours(1);

    /// <summary>Rows: the story's status (null: not started); columns: before the deadline, after it, after the planned time.</summary>
    public static TheoryData<ArticleStatus?, AssignmentState, AssignmentState, AssignmentState> Table => new()
    {
        { null, Assigned, Late, Late },
        { ArticleStatus.Draft, Writing, Late, Late },
        { ArticleStatus.Unpublished, Writing, Late, Late },
        { ArticleStatus.InReview, InReview, InReview, Late },
        { ArticleStatus.Scheduled, Scheduled, Scheduled, Late },
        { ArticleStatus.Published, Published, Published, Published },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void The_state_follows_the_story_and_turns_late_when_a_time_passes_before_the_work_is_there(
        ArticleStatus? story, AssignmentState beforeDeadline, AssignmentState afterDeadline, AssignmentState afterPlanned)
    {
        Assert.Equal(beforeDeadline, AssignmentStates.Of(null, story, Deadline, Planned, BeforeDeadline));
        Assert.Equal(afterDeadline, AssignmentStates.Of(null, story, Deadline, Planned, AfterDeadline));
        Assert.Equal(afterPlanned, AssignmentStates.Of(null, story, Deadline, Planned, AfterPlanned));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(ArticleStatus.Draft)]
    [InlineData(ArticleStatus.Published)]
    public void A_cancelled_line_is_cancelled_whatever_its_story_and_the_clock(ArticleStatus? story) =>
        Assert.Equal(Cancelled, AssignmentStates.Of(Deadline.AddDays(-1), story, Deadline, Planned, AfterPlanned));

    [Fact]
    public void Without_a_planned_time_only_the_deadline_makes_a_line_late()
    {
        Assert.Equal(Scheduled, AssignmentStates.Of(null, ArticleStatus.Scheduled, Deadline, null, AfterPlanned.AddDays(3)));
        Assert.Equal(Late, AssignmentStates.Of(null, ArticleStatus.Draft, Deadline, null, AfterDeadline));
    }

    [Theory]
    [InlineData(InReview, "in review")]
    [InlineData(Late, "late")]
    [InlineData(Assigned, "assigned")]
    public void A_state_is_said_in_plain_words(AssignmentState state, string words) => Assert.Equal(words, AssignmentStates.Describe(state));
}
