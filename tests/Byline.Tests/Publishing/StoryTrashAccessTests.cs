using Byline.Accounts;
using Byline.Content;
using Byline.Publishing;
using static Byline.Accounts.NewsroomRole;
using static Byline.Tests.Publishing.StoryOwner;
using static Byline.Tests.Publishing.Verdict;

namespace Byline.Tests.Publishing;

/// <summary>
/// Who may move a story to the trash, and take it out again: contributors and authors their own drafts and stories in
/// review; editors and admins anyone's, a live one included (it goes offline at once). Deleting for good is for admins.
/// </summary>
public sealed class StoryTrashAccessTests
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
    public void A_member_may_move_a_story_to_the_trash_only_where_the_role_table_says(NewsroomRole role, StoryOwner story, ArticleStatus status, Verdict expected) =>
        Assert.Equal(expected == Yes, ArticleAccess.CanTrash(RoleTables.Member(role), status, story == Own));

    [Theory]
    [MemberData(nameof(EveryCell))]
    public void A_member_may_restore_a_story_from_the_trash_where_they_could_have_moved_it_there(NewsroomRole role, StoryOwner story, ArticleStatus status, Verdict expected) =>
        Assert.Equal(expected == Yes, ArticleAccess.CanRestore(RoleTables.Member(role), status, story == Own));

    [Theory]
    [InlineData(Contributor, false)]
    [InlineData(Author, false)]
    [InlineData(Editor, false)]
    [InlineData(Admin, true)]
    public void Only_an_admin_deletes_for_good(NewsroomRole role, bool expected) =>
        Assert.Equal(expected, ArticleAccess.CanDeletePermanently(RoleTables.Member(role)));

    [Fact]
    public void The_trash_table_has_one_row_for_every_role_and_story() =>
        Assert.Equal(RoleTables.EveryRoleAndStory(withStatus: false), RoleTables.Keys(Table));
}
