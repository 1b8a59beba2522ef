using Byline.Testing;

namespace Byline.IntegrationTests.Feeds;

public sealed class RobotsTxtTests(BylineHost host) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task Robots_txt_is_plain_text_that_keeps_every_crawler_out_of_the_newsroom()
    {
        using var reader = host.CreateReader();
        var fetched = await reader.FetchOkAsync("/robots.txt");

        Assert.Equal("text/plain", fetched.MediaType);
        var groups = Lines(fetched.Body).SkipWhile(l => !(l.Field == "user-agent" && l.Value == "*")).ToList();
        Assert.NotEmpty(groups);
        var rules = groups.Skip(1).TakeWhile(l => l.Field != "user-agent").ToList();
        Assert.Contains(("disallow", "/newsroom/"), rules);
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_and_the_news_sitemap_by_absolute_url()
    {
        using var reader = host.CreateReader();
        var fetched = await reader.FetchOkAsync("/robots.txt");

        var sitemaps = Lines(fetched.Body).Where(l => l.Field == "sitemap").Select(l => l.Value).ToList();
        Assert.Contains(new Uri(host.BaseAddress, "/sitemap.xml").AbsoluteUri, sitemaps);
        Assert.Contains(new Uri(host.BaseAddress, "/news-sitemap.xml").AbsoluteUri, sitemaps);
        foreach (var sitemap in sitemaps)
        {
            await reader.FetchOkAsync(sitemap);
        }
    }

    /// <summary>"Field: value" lines, field names lowercased (they are case-insensitive), comments and blanks dropped.</summary>
    private static IEnumerable<(string Field, string Value)> Lines(string robots) =>
        robots.Split('\n')
            .Select(l => l.Split('#', 2)[0].Trim())
            .Where(l => l.Contains(':', StringComparison.Ordinal))
            .Select(l => l.Split(':', 2))
            .Select(p => (p[0].Trim().ToLowerInvariant(), p[1].Trim()));
}
