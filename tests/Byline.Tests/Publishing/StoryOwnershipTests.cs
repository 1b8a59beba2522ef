using Byline.Accounts;
using Byline.Publishing;

namespace Byline.Tests.Publishing;

/// <summary>A story is a member's own when they created it or stand in its byline (docs/architecture.md, the newsroom).</summary>
public sealed class StoryOwnershipTests
{
    private const int MemberId = 7;
    private const int MemberPersonId = 70;

    private static readonly Actor Member = new(MemberId, "Edie Marsh", NewsroomRole.Author, MemberPersonId);

    [Theory]
    [InlineData(MemberId, new int[0], true)]
    [InlineData(MemberId, new[] { 71 }, true)]
    [InlineData(8, new[] { MemberPersonId }, true)]
    [InlineData(null, new[] { 71, MemberPersonId }, true)]
    [InlineData(8, new[] { 71, 72 }, false)]
    [InlineData(8, new int[0], false)]
    [InlineData(null, new int[0], false)]
    public void A_story_is_a_member_s_own_when_they_created_it_or_stand_in_its_byline(int? createdById, int[] bylinePersonIds, bool own) =>
        Assert.Equal(own, ArticleAccess.IsOwn(Member, createdById, bylinePersonIds));

    [Fact]
    public void A_member_without_a_person_owns_only_what_they_created()
    {
        var member = Member with { PersonId = null };

        Assert.True(ArticleAccess.IsOwn(member, MemberId, []));
        Assert.False(ArticleAccess.IsOwn(member, 8, [MemberPersonId]));
    }

    [Fact]
    public void The_system_owns_no_story_not_even_one_that_nobody_created() =>
        Assert.False(ArticleAccess.IsOwn(Actor.System("importer"), createdById: null, authorPersonIds: []));
}
