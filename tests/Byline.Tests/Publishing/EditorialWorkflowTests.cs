using Byline.Content;
using Byline.Publishing;
using static Byline.Content.ArticleStatus;

namespace Byline.Tests.Publishing;

/// <summary>
/// The story's life, written out from the documented workflow (draft → in review → scheduled → published → unpublished,
/// and back to draft): where each move leads from each status, and that every move not in this table is refused.
/// </summary>
public sealed class EditorialWorkflowTests
{
    /// <summary>Rows are the status a story is in; columns follow <see cref="WorkflowMove"/>; null is a refused move.</summary>
    private static readonly Dictionary<ArticleStatus, ArticleStatus?[]> Targets = new()
    {
        //                Submit    ReturnToDraft  Schedule   Publish    Unpublish
        [Draft] =       [InReview, null,          Scheduled, Published, null],
        [InReview] =    [null,     Draft,         Scheduled, Published, null],
        [Scheduled] =   [null,     Draft,         null,      Published, null],
        [Published] =   [null,     null,          null,      null,      Unpublished],
        [Unpublished] = [null,     Draft,         Scheduled, Published, null],
        [Importing] =   [null,     null,          null,      null,      null],
    };

    public static TheoryData<ArticleStatus, WorkflowMove, ArticleStatus?> EveryMoveFromEveryStatus
    {
        get
        {
            var cases = new TheoryData<ArticleStatus, WorkflowMove, ArticleStatus?>();
            foreach (var (from, targets) in Targets)
            {
                foreach (var (move, target) in Enum.GetValues<WorkflowMove>().Zip(targets))
                {
                    cases.Add(from, move, target);
                }
            }
            return cases;
        }
    }

    public static TheoryData<ArticleStatus> EveryStatus => new(Enum.GetValues<ArticleStatus>());

    [Theory]
    [MemberData(nameof(EveryMoveFromEveryStatus))]
    public void Each_move_from_each_status_leads_where_the_workflow_table_says_or_is_refused(ArticleStatus from, WorkflowMove move, ArticleStatus? expected) =>
        Assert.Equal(expected, EditorialWorkflow.Target(move, from));

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void A_story_is_offered_exactly_the_moves_the_workflow_table_allows_from_its_status(ArticleStatus from)
    {
        var allowed = Enum.GetValues<WorkflowMove>().Zip(Targets[from]).Where(cell => cell.Second is not null).Select(cell => cell.First);

        Assert.Equal(allowed, EditorialWorkflow.MovesFrom(from));
    }

    [Fact]
    public void The_workflow_table_has_a_row_for_every_status_and_a_column_for_every_move()
    {
        Assert.Equal(Enum.GetValues<ArticleStatus>(), Targets.Keys.Order());
        Assert.All(Targets.Values, row => Assert.Equal(Enum.GetValues<WorkflowMove>().Length, row.Length));
    }
}
