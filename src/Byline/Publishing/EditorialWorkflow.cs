using Byline.Accounts;
using Byline.Content;

namespace Byline.Publishing;

/// <summary>
/// The allowed moves of a story's life: draft → in review → scheduled → published → unpublished, and back to draft.
/// A move that is not in this table is refused, whoever asks.
/// </summary>
public static class EditorialWorkflow
{
    public static ArticleStatus? Target(WorkflowMove move, ArticleStatus from) => (move, from) switch
    {
        (WorkflowMove.Submit, ArticleStatus.Draft) => ArticleStatus.InReview,
        (WorkflowMove.ReturnToDraft, ArticleStatus.InReview or ArticleStatus.Scheduled or ArticleStatus.Unpublished) => ArticleStatus.Draft,
        (WorkflowMove.Schedule, ArticleStatus.Draft or ArticleStatus.InReview or ArticleStatus.Unpublished) => ArticleStatus.Scheduled,
        (WorkflowMove.Publish, ArticleStatus.Draft or ArticleStatus.InReview or ArticleStatus.Scheduled or ArticleStatus.Unpublished) => ArticleStatus.Published,
        (WorkflowMove.Unpublish, ArticleStatus.Published) => ArticleStatus.Unpublished,
        _ => null,
    };

    /// <summary>The least role that may make this move on a story that is the actor's own (or anyone's, for editors).</summary>
    public static NewsroomRole RoleFor(WorkflowMove move, ArticleStatus from) => move switch
    {
        WorkflowMove.Submit => NewsroomRole.Contributor,
        WorkflowMove.ReturnToDraft when from == ArticleStatus.InReview => NewsroomRole.Contributor,
        _ => NewsroomRole.Author,
    };

    public static IEnumerable<WorkflowMove> MovesFrom(ArticleStatus from) =>
        Enum.GetValues<WorkflowMove>().Where(move => Target(move, from) is not null);

    public static string Describe(WorkflowMove move) => move switch
    {
        WorkflowMove.Submit => "Submit for review",
        WorkflowMove.ReturnToDraft => "Return to draft",
        WorkflowMove.Schedule => "Schedule",
        WorkflowMove.Publish => "Publish now",
        WorkflowMove.Unpublish => "Unpublish",
        _ => move.ToString(),
    };

    public static string Describe(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "Draft",
        ArticleStatus.InReview => "In review",
        ArticleStatus.Scheduled => "Scheduled",
        ArticleStatus.Published => "Published",
        ArticleStatus.Unpublished => "Unpublished",
        ArticleStatus.Importing => "Being imported",
        _ => status.ToString(),
    };
}
