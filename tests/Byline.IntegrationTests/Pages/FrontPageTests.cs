using Byline.Testing;

namespace Byline.IntegrationTests.Pages;

public sealed class FrontPageTests(BylineHost host) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task The_front_page_leads_with_the_newest_story_then_three_secondary_stories_and_lists_the_rest()
    {
        using var reader = host.CreateReader();
        var page = await reader.GetDocumentAsync("/");

        var lead = page.QuerySelector(".lead-story h2 a");
        Assert.NotNull(lead);
        Assert.Equal(1, page.QuerySelectorAll("h1").Length);
        Assert.Equal(3, page.QuerySelectorAll(".top-stories .story-card").Length);
        Assert.Equal(12, page.QuerySelectorAll(".latest .story-card").Length);
        // The sample site's 16 stories all fit the first page's river: no section block repeats one of them.
        Assert.Empty(page.QuerySelectorAll(".section-block"));
    }
}
