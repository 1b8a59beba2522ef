using Byline.Web;
using Microsoft.AspNetCore.Http;

namespace Byline.Tests.Web;

/// <summary>The one newsroom address the newsroom may frame is the story preview; every other one stays unframable.</summary>
public sealed class StoryPreviewFramingTests
{
    [Theory]
    [InlineData("/newsroom/stories/1/preview")]
    [InlineData("/newsroom/stories/12345/preview")]
    [InlineData("/newsroom/stories/new/preview")]
    [InlineData("/Newsroom/Stories/7/Preview")]
    public void The_story_preview_may_be_framed(string path) =>
        Assert.True(SecurityHeaders.IsStoryPreview(new PathString(path)));

    [Theory]
    [InlineData("/newsroom/stories/1")]
    [InlineData("/newsroom/stories/new")]
    [InlineData("/newsroom/stories/1/preview/more")]
    [InlineData("/newsroom/stories/1/revisions")]
    [InlineData("/newsroom/stories/abc/preview")]
    [InlineData("/newsroom/stories//preview")]
    [InlineData("/newsroom/stories/12345678901/preview")]
    [InlineData("/newsroom/media/1/preview")]
    [InlineData("/newsroom/stories/1/preview/")]
    [InlineData("/preview/abc")]
    public void No_other_address_is_taken_for_it(string path) =>
        Assert.False(SecurityHeaders.IsStoryPreview(new PathString(path)));
}
