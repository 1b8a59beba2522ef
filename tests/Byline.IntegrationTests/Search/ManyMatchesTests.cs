using System.Net;
using Byline.Search;
using static Byline.IntegrationTests.Search.SearchClient;

namespace Byline.IntegrationTests.Search;

/// <summary>A search matching more stories than it counts says so, and pages through the first <see cref="SearchResults.MaxResults"/>.</summary>
public sealed class ManyMatchesTests(ManyMatchesHost host) : IClassFixture<ManyMatchesHost>
{
    private const int LastPage = SearchResults.MaxResults / 20;

    [Fact]
    public async Task The_api_counts_to_the_limit_and_says_there_are_more()
    {
        using var json = await host.ApiAsync(Q(ManyMatchesHost.Word));
        Assert.Equal(SearchResults.MaxResults, json.RootElement.GetProperty("total").GetInt32());
        Assert.True(json.RootElement.GetProperty("more").GetBoolean());
        Assert.Equal(LastPage, json.RootElement.GetProperty("pages").GetInt32());

        using var few = await host.ApiAsync(Q(ManyMatchesHost.Word + " plot 7"));
        Assert.False(few.RootElement.GetProperty("more").GetBoolean());
    }

    [Fact]
    public async Task The_page_says_more_than_the_limit_match_and_the_last_page_has_results()
    {
        using var client = host.CreateReader();
        var first = await client.GetDocumentAsync("/search?" + Q(ManyMatchesHost.Word));
        Assert.Equal("More than 1,000 stories match", first.QuerySelector(".search-summary strong")!.TextContent);
        Assert.Contains("narrow", first.QuerySelector(".search-summary")!.TextContent, StringComparison.Ordinal);

        var last = await client.GetDocumentAsync($"/search?{Q(ManyMatchesHost.Word)}&page={LastPage}");
        Assert.Equal(20, last.QuerySelectorAll(".search-results > li").Length);
        Assert.Null(last.QuerySelector("a[rel=next]"));

        using var beyond = await client.GetAsync(new Uri($"/search?{Q(ManyMatchesHost.Word)}&page={LastPage + 1}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
        var page = Html.Parse(await beyond.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains($"only {LastPage} pages", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_newest_matches_are_the_ones_ranked()
    {
        using var json = await host.ApiAsync(Q(ManyMatchesHost.Word) + "&sort=newest");
        Assert.Equal($"cobblewick-{ManyMatchesHost.Stories}", SlugsOf(json)[0]);
    }
}
