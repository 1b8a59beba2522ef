using Byline.Accounts;
using Byline.Content;
using Byline.Publishing;

namespace Byline.Tests.Publishing;

/// <summary>Turns the written-out role tables into one test case per cell, and checks that a table covers every combination.</summary>
internal static class RoleTables
{
    public static Actor Member(NewsroomRole role) => new(UserId: 7, Name: $"A {role}", role, PersonId: 70);

    /// <summary>Tables whose rows are role × story and whose columns are the statuses.</summary>
    public static TheoryData<NewsroomRole, StoryOwner, ArticleStatus, Verdict> ByStatus(IEnumerable<RoleTableRow> rows)
    {
        var cases = new TheoryData<NewsroomRole, StoryOwner, ArticleStatus, Verdict>();
        foreach (var row in rows)
        {
            foreach (var (status, verdict) in Columns<ArticleStatus>(row))
            {
                cases.Add(row.Role, row.Story, status, verdict);
            }
        }
        return cases;
    }

    /// <summary>Tables whose rows are role × story × status and whose columns are the moves.</summary>
    public static TheoryData<NewsroomRole, StoryOwner, ArticleStatus, WorkflowMove, Verdict> ByMove(IEnumerable<RoleTableRow> rows)
    {
        var cases = new TheoryData<NewsroomRole, StoryOwner, ArticleStatus, WorkflowMove, Verdict>();
        foreach (var row in rows)
        {
            foreach (var (move, verdict) in Columns<WorkflowMove>(row))
            {
                cases.Add(row.Role, row.Story, row.Status ?? throw new InvalidOperationException($"The row for {row.Role} has no status."), move, verdict);
            }
        }
        return cases;
    }

    /// <summary>The rows, as the combinations they stand for: role, story and (where the table has one) status, each exactly once.</summary>
    public static IEnumerable<(NewsroomRole, StoryOwner, ArticleStatus?)> Keys(IEnumerable<RoleTableRow> rows) =>
        rows.Select(row => (row.Role, row.Story, row.Status)).Order();

    public static IEnumerable<(NewsroomRole, StoryOwner, ArticleStatus?)> EveryRoleAndStory(bool withStatus) =>
        from role in Enum.GetValues<NewsroomRole>()
        from story in Enum.GetValues<StoryOwner>()
        from status in withStatus ? Enum.GetValues<ArticleStatus>().Cast<ArticleStatus?>() : [null]
        select (role, story, status);

    private static IEnumerable<(TColumn Column, Verdict Verdict)> Columns<TColumn>(RoleTableRow row)
        where TColumn : struct, Enum
    {
        var columns = Enum.GetValues<TColumn>();
        if (row.Cells.Count != columns.Length)
        {
            throw new InvalidOperationException(
                $"The row for {row.Role}, {row.Story} {row.Status} has {row.Cells.Count} cells; {typeof(TColumn).Name} has {columns.Length} values.");
        }
        return columns.Zip(row.Cells);
    }
}
