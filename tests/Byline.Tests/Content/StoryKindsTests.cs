using Byline.Content;

namespace Byline.Tests.Content;

public sealed class StoryKindsTests
{
    [Theory]
    [InlineData("news", StoryKind.News)]
    [InlineData("analysis", StoryKind.Analysis)]
    [InlineData("Opinion", StoryKind.Opinion)]
    [InlineData(" review ", StoryKind.Review)]
    [InlineData("EXPLAINER", StoryKind.Explainer)]
    [InlineData("sponsored", StoryKind.Sponsored)]
    public void A_type_name_is_read_whatever_its_case(string name, StoryKind expected)
    {
        Assert.True(StoryKinds.TryParse(name, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("gossip")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2")]
    public void Anything_else_is_not_a_type(string? name)
    {
        Assert.False(StoryKinds.TryParse(name, out _));
    }

    [Fact]
    public void Every_type_reads_back_from_its_own_name_and_only_news_goes_unlabelled()
    {
        foreach (var kind in StoryKinds.All)
        {
            Assert.True(StoryKinds.TryParse(StoryKinds.NameOf(kind), out var back));
            Assert.Equal(kind, back);
            Assert.Equal(kind != StoryKind.News, StoryKinds.IsLabelled(kind));
        }
        Assert.Equal("Sponsored content", StoryKinds.Label(StoryKind.Sponsored));
        Assert.Equal("news, analysis, opinion, review, explainer, sponsored", StoryKinds.AllNames);
    }
}
