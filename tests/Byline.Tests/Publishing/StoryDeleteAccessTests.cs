using Byline.Accounts;
using Byline.Content;
using Byline.Publishing;
using static Byline.Accounts.NewsroomRole;
using static Byline.Tests.Publishing.StoryOwner;
using static Byline.Tests.Publishing.Verdict;

namespace Byline.Tests.Publishing;

/// <summary>
/// Who may delete a story: contributors and authors their own drafts and stories in review; editors and admins anyone's.
/// That a live story must be unpublished before anyone deletes it is StoryDeletion's own check, not this rule's.
/// </summary>
public sealed class StoryDeleteAccessTests
{
    private static readonly RoleTableRow[] Table =
    [
        //  role         story   Draft  InReview  Scheduled  Published  Unpublished  Importing
        new(Contributor, Own,    Yes,   Yes,      No,        No,        No,         No),
        new(Contributor, Others, No,    No,       No,        No,        No,         No),
        new(Author,      Own,    Yes,   Yes,      No,        No,        No,         No),
        new(Author,      Others, No,    No,       No,        No,        No,         No),
        new(Editor,      Own,    Yes,   Yes,      Yes,       Yes,       Yes,         No),
        new(Editor,      Others, Yes,   Yes,      Yes,       Yes,       Yes,         No),
        new(Admin,       Own,    Yes,   Yes,      Yes,       Yes,       Yes,         No),
        new(Admin,       Others, Yes,   Yes,      Yes,       Yes,       Yes,         No),
    ];

    public static TheoryData<NewsroomRole, StoryOwner, ArticleStatus, Verdict> EveryCell => RoleTables.ByStatus(Table);

    [Theory]
    [MemberData(nameof(EveryCell))]
    public void A_member_may_delete_a_story_only_where_the_role_table_says(NewsroomRole role, StoryOwner story, ArticleStatus status, Verdict expected) =>
        Assert.Equal(expected == Yes, ArticleAccess.CanDelete(RoleTables.Member(role), status, story == Own));

    [Fact]
    public void The_delete_table_has_one_row_for_every_role_and_story() =>
        Assert.Equal(RoleTables.EveryRoleAndStory(withStatus: false), RoleTables.Keys(Table));
}
