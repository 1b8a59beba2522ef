using Byline.Content;
using Byline.Pages.Shared;

namespace Byline.Tests.Pages.Shared;

public sealed class StoryKindSchemaTests
{
    public static TheoryData<StoryKind, string, bool> Types => new()
    {
        { StoryKind.News, "ReportageNewsArticle", true },
        { StoryKind.Analysis, "AnalysisNewsArticle", true },
        { StoryKind.Opinion, "OpinionNewsArticle", true },
        { StoryKind.Review, "ReviewNewsArticle", true },
        { StoryKind.Explainer, "BackgroundNewsArticle", true },
        { StoryKind.Sponsored, "AdvertiserContentArticle", false },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void Each_story_type_has_its_schema_org_type(StoryKind kind, string schemaType, bool isNewsArticle)
    {
        Assert.Equal(schemaType, StoryKindSchema.TypeOf(kind));
        Assert.Equal(isNewsArticle, StoryKindSchema.IsNewsArticle(kind));
    }

    [Fact]
    public void The_table_covers_every_story_type_and_no_two_share_a_schema_type()
    {
        Assert.Equal(Enum.GetValues<StoryKind>().Length, Types.Count);
        Assert.Equal(Enum.GetValues<StoryKind>().Length, Enum.GetValues<StoryKind>().Select(StoryKindSchema.TypeOf).Distinct().Count());
    }

    [Fact]
    public void A_value_outside_the_story_types_has_no_schema_type()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StoryKindSchema.TypeOf((StoryKind)99));
    }
}
