using Byline.Accounts;
using Byline.Content;
using Byline.Publishing;

namespace Byline.Tests.Publishing;

/// <summary>
/// The role and workflow tables in this folder are written with one column per value, in declaration order. A new role,
/// status or move fails here until the tables are widened to cover it.
/// </summary>
public sealed class RuleTableShapeTests
{
    [Fact]
    public void The_newsroom_has_four_roles_from_contributor_to_admin() =>
        Assert.Equal([NewsroomRole.Contributor, NewsroomRole.Author, NewsroomRole.Editor, NewsroomRole.Admin], Enum.GetValues<NewsroomRole>());

    [Fact]
    public void A_story_has_five_statuses_in_the_order_of_its_life_and_one_while_an_import_stages_it() =>
        Assert.Equal(
            [ArticleStatus.Draft, ArticleStatus.InReview, ArticleStatus.Scheduled, ArticleStatus.Published, ArticleStatus.Unpublished, ArticleStatus.Importing],
            Enum.GetValues<ArticleStatus>());

    [Fact]
    public void The_workflow_has_five_moves() =>
        Assert.Equal(
            [WorkflowMove.Submit, WorkflowMove.ReturnToDraft, WorkflowMove.Schedule, WorkflowMove.Publish, WorkflowMove.Unpublish],
            Enum.GetValues<WorkflowMove>());
}
