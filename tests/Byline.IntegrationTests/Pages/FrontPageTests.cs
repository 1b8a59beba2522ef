using Byline.Testing;

namespace Byline.IntegrationTests.Pages;

public sealed class FrontPageTests(BylineHost host) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task The_front_page_leads_with_the_newest_story_and_lists_the_rest()
    {
        using var reader = host.CreateReader();
        var page = await reader.GetDocumentAsync("/");

        var lead = page.QuerySelector(".lead-story h2 a");
        Assert.NotNull(lead);
        Assert.Equal(1, page.QuerySelectorAll("h1").Length);
        Assert.Equal(13, page.QuerySelectorAll(".latest .story-card").Length);
        Assert.NotEmpty(page.QuerySelectorAll(".section-block"));
    }
}
