using Byline.Accounts;
using Byline.Publishing;
using static Byline.Accounts.NewsroomRole;
using static Byline.Tests.Publishing.Verdict;

namespace Byline.Tests.Publishing;

/// <summary>
/// Who may correct a story, from the README's role table: editors and admins, on anyone's story in any status; not even
/// an author on their own. The rule looks at the role alone.
/// </summary>
public sealed class StoryCorrectionAccessTests
{
    private static readonly Dictionary<NewsroomRole, Verdict> Table = new()
    {
        [Contributor] = No,
        [Author] = No,
        [Editor] = Yes,
        [Admin] = Yes,
    };

    public static TheoryData<NewsroomRole, Verdict> EveryRole => new(Table.Select(row => (row.Key, row.Value)));

    [Theory]
    [MemberData(nameof(EveryRole))]
    public void Only_editors_and_admins_may_correct_a_story(NewsroomRole role, Verdict expected) =>
        Assert.Equal(expected == Yes, ArticleAccess.CanCorrect(RoleTables.Member(role)));

    [Fact]
    public void The_correction_table_has_a_row_for_every_role() =>
        Assert.Equal(Enum.GetValues<NewsroomRole>(), Table.Keys.Order());
}
