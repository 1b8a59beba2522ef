using Byline.Accounts;
using Byline.Content;
using Byline.Publishing;
using static Byline.Accounts.NewsroomRole;
using static Byline.Content.ArticleStatus;
using static Byline.Tests.Publishing.StoryOwner;
using static Byline.Tests.Publishing.Verdict;

namespace Byline.Tests.Publishing;

/// <summary>
/// Who may move a story, written out from the README's role table: contributors write their own drafts and submit
/// them (and may take a submission back); authors publish, schedule, unpublish and return their own stories;
/// editors and admins move anyone's. A move the workflow does not have is refused whoever asks.
/// </summary>
public sealed class StoryMoveAccessTests
{
    private static readonly RoleTableRow[] Table =
    [
        //  role         story   from           Submit  ReturnToDraft  Schedule  Publish  Unpublish
        new(Contributor, Own,    Draft,         Yes,    Never,         No,       No,      Never),
        new(Contributor, Own,    InReview,      Never,  Yes,           No,       No,      Never),
        new(Contributor, Own,    Scheduled,     Never,  No,            Never,    No,      Never),
        new(Contributor, Own,    Published,     Never,  Never,         Never,    Never,   No),
        new(Contributor, Own,    Unpublished,   Never,  No,            No,       No,      Never),
        new(Contributor, Own,    Importing,     Never,  Never,         Never,    Never,   Never),
        new(Contributor, Others, Draft,         No,     Never,         No,       No,      Never),
        new(Contributor, Others, InReview,      Never,  No,            No,       No,      Never),
        new(Contributor, Others, Scheduled,     Never,  No,            Never,    No,      Never),
        new(Contributor, Others, Published,     Never,  Never,         Never,    Never,   No),
        new(Contributor, Others, Unpublished,   Never,  No,            No,       No,      Never),
        new(Contributor, Others, Importing,     Never,  Never,         Never,    Never,   Never),

        new(Author,      Own,    Draft,         Yes,    Never,         Yes,      Yes,     Never),
        new(Author,      Own,    InReview,      Never,  Yes,           Yes,      Yes,     Never),
        new(Author,      Own,    Scheduled,     Never,  Yes,           Never,    Yes,     Never),
        new(Author,      Own,    Published,     Never,  Never,         Never,    Never,   Yes),
        new(Author,      Own,    Unpublished,   Never,  Yes,           Yes,      Yes,     Never),
        new(Author,      Own,    Importing,     Never,  Never,         Never,    Never,   Never),
        new(Author,      Others, Draft,         No,     Never,         No,       No,      Never),
        new(Author,      Others, InReview,      Never,  No,            No,       No,      Never),
        new(Author,      Others, Scheduled,     Never,  No,            Never,    No,      Never),
        new(Author,      Others, Published,     Never,  Never,         Never,    Never,   No),
        new(Author,      Others, Unpublished,   Never,  No,            No,       No,      Never),
        new(Author,      Others, Importing,     Never,  Never,         Never,    Never,   Never),

        new(Editor,      Own,    Draft,         Yes,    Never,         Yes,      Yes,     Never),
        new(Editor,      Own,    InReview,      Never,  Yes,           Yes,      Yes,     Never),
        new(Editor,      Own,    Scheduled,     Never,  Yes,           Never,    Yes,     Never),
        new(Editor,      Own,    Published,     Never,  Never,         Never,    Never,   Yes),
        new(Editor,      Own,    Unpublished,   Never,  Yes,           Yes,      Yes,     Never),
        new(Editor,      Own,    Importing,     Never,  Never,         Never,    Never,   Never),
        new(Editor,      Others, Draft,         Yes,    Never,         Yes,      Yes,     Never),
        new(Editor,      Others, InReview,      Never,  Yes,           Yes,      Yes,     Never),
        new(Editor,      Others, Scheduled,     Never,  Yes,           Never,    Yes,     Never),
        new(Editor,      Others, Published,     Never,  Never,         Never,    Never,   Yes),
        new(Editor,      Others, Unpublished,   Never,  Yes,           Yes,      Yes,     Never),
        new(Editor,      Others, Importing,     Never,  Never,         Never,    Never,   Never),

        new(Admin,       Own,    Draft,         Yes,    Never,         Yes,      Yes,     Never),
        new(Admin,       Own,    InReview,      Never,  Yes,           Yes,      Yes,     Never),
        new(Admin,       Own,    Scheduled,     Never,  Yes,           Never,    Yes,     Never),
        new(Admin,       Own,    Published,     Never,  Never,         Never,    Never,   Yes),
        new(Admin,       Own,    Unpublished,   Never,  Yes,           Yes,      Yes,     Never),
        new(Admin,       Own,    Importing,     Never,  Never,         Never,    Never,   Never),
        new(Admin,       Others, Draft,         Yes,    Never,         Yes,      Yes,     Never),
        new(Admin,       Others, InReview,      Never,  Yes,           Yes,      Yes,     Never),
        new(Admin,       Others, Scheduled,     Never,  Yes,           Never,    Yes,     Never),
        new(Admin,       Others, Published,     Never,  Never,         Never,    Never,   Yes),
        new(Admin,       Others, Unpublished,   Never,  Yes,           Yes,      Yes,     Never),
        new(Admin,       Others, Importing,     Never,  Never,         Never,    Never,   Never),
    ];

    public static TheoryData<NewsroomRole, StoryOwner, ArticleStatus, WorkflowMove, Verdict> EveryCell => RoleTables.ByMove(Table);

    [Theory]
    [MemberData(nameof(EveryCell))]
    public void A_member_may_make_a_move_only_where_the_role_table_says(
        NewsroomRole role, StoryOwner story, ArticleStatus from, WorkflowMove move, Verdict expected)
    {
        var workflowHasTheMove = EditorialWorkflow.Target(move, from) is not null;

        // The publisher asks the workflow first and the role second; a role's answer to a move the workflow lacks is never used.
        var allowed = workflowHasTheMove && ArticleAccess.CanMove(RoleTables.Member(role), move, from, story == Own);

        Assert.Equal(expected != Never, workflowHasTheMove);
        Assert.Equal(expected == Yes, allowed);
    }

    [Fact]
    public void The_move_table_has_one_row_for_every_role_story_and_status() =>
        Assert.Equal(RoleTables.EveryRoleAndStory(withStatus: true), RoleTables.Keys(Table));

    [Fact]
    public void The_scheduler_acting_as_the_system_may_publish_anyone_s_scheduled_story() =>
        Assert.True(ArticleAccess.CanMove(Actor.System("scheduler"), WorkflowMove.Publish, Scheduled, isOwn: false));
}
