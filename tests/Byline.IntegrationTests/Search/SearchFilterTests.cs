using System.Net;
using System.Text.Json;
using static Byline.IntegrationTests.Search.SearchClient;

namespace Byline.IntegrationTests.Search;

/// <summary>Section, author, tag and date filters narrow the matches; a filter that names nothing is a 400 that says so.</summary>
public sealed class SearchFilterTests(SearchArchiveHost host) : IClassFixture<SearchArchiveHost>
{
    private static readonly string Tamsin = Q("Tamsin quarry");

    [Fact]
    public async Task Without_filters_every_matching_story_is_found()
    {
        Assert.Equal(["tamsin-quarry-2020", "tamsin-quarry-2022", "tamsin-quarry-2024"], (await host.SlugsAsync(Tamsin)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_section_filter_keeps_that_section_only()
    {
        Assert.Equal(["tamsin-quarry-2022"], await host.SlugsAsync(Tamsin + "&section=sport"));
    }

    [Fact]
    public async Task The_author_filter_keeps_that_authors_stories_only()
    {
        Assert.Equal(["tamsin-quarry-2024"], await host.SlugsAsync(Tamsin + "&author=ilse-varga"));
    }

    [Fact]
    public async Task The_tag_filter_keeps_stories_with_that_tag_only()
    {
        Assert.Equal(["tamsin-quarry-2020", "tamsin-quarry-2024"], (await host.SlugsAsync(Tamsin + "&tag=quarry-watch")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_date_range_includes_both_of_its_days()
    {
        Assert.Equal(["tamsin-quarry-2022"], await host.SlugsAsync(Tamsin + "&from=2022-06-01&to=2022-06-01"));
        Assert.Equal(["tamsin-quarry-2022", "tamsin-quarry-2024"], (await host.SlugsAsync(Tamsin + "&from=2021-01-01")).Order(StringComparer.Ordinal));
        Assert.Equal(["tamsin-quarry-2020"], await host.SlugsAsync(Tamsin + "&to=2020-03-15"));
    }

    [Fact]
    public async Task Filters_combine()
    {
        Assert.Equal(["tamsin-quarry-2024"], await host.SlugsAsync(Tamsin + "&section=city&tag=quarry-watch&from=2023-01-01"));
        Assert.Empty(await host.SlugsAsync(Tamsin + "&section=sport&author=ilse-varga"));
    }

    [Theory]
    [InlineData("section=no-such-section", "section")]
    [InlineData("author=nobody-at-all", "author")]
    [InlineData("tag=never-used-tag", "tag")]
    [InlineData("from=31-12-2024", "from")]
    [InlineData("from=2024-05-01&to=2024-01-01", "to")]
    [InlineData("sort=random", "sort")]
    [InlineData("page=0", "page")]
    [InlineData("section=Not%20A%20Slug", "section")]
    public async Task A_filter_that_cannot_be_used_is_a_400_naming_it(string filter, string key)
    {
        using var client = host.CreateReader();
        using var api = await client.GetAsync(new Uri($"/api/v1/search?{Tamsin}&{filter}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var message = problem.RootElement.GetProperty("errors").GetProperty(key)[0].GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));

        using var page = await client.GetAsync(new Uri($"/search?{Tamsin}&{filter}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var document = Html.Parse(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(document.QuerySelectorAll(".field__error"), e => e.TextContent == message);
    }
}
