using System.Net;
using System.Text.Json;
using static Byline.IntegrationTests.Search.SearchClient;

namespace Byline.IntegrationTests.Search;

/// <summary>GET /api/v1/search: the page's search as JSON records, with absolute links and the addresses of the next pages.</summary>
public sealed class SearchApiTests(SearchArchiveHost host) : IClassFixture<SearchArchiveHost>
{
    [Fact]
    public async Task The_answer_holds_the_query_the_count_the_page_and_each_results_links()
    {
        using var json = await host.ApiAsync(Q("Quellport shipment"));
        var root = json.RootElement;

        Assert.Equal("Quellport shipment", root.GetProperty("query").GetString());
        Assert.Equal("relevance", root.GetProperty("sort").GetString());
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(20, root.GetProperty("pageSize").GetInt32());
        Assert.Equal(1, root.GetProperty("pages").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("previous").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("next").ValueKind);

        var hit = Assert.Single(root.GetProperty("results").EnumerateArray().ToList());
        Assert.Equal(host.Ids["venezuelan-cocoa"], hit.GetProperty("id").GetInt32());
        Assert.Equal("Venezuelan cocoa lands at Quellport", hit.GetProperty("headline").GetString());
        Assert.Equal(new Uri(host.BaseAddress, await host.PathOfAsync("venezuelan-cocoa")).ToString(), hit.GetProperty("url").GetString());
        Assert.True(hit.GetProperty("publishedAt").TryGetDateTimeOffset(out _));
        var section = hit.GetProperty("section");
        Assert.Equal("Business", section.GetProperty("name").GetString());
        Assert.Equal("business", section.GetProperty("slug").GetString());
        Assert.EndsWith("/business", section.GetProperty("url").GetString(), StringComparison.Ordinal);
        var author = Assert.Single(hit.GetProperty("authors").EnumerateArray().ToList());
        Assert.Equal("Ilse Varga", author.GetProperty("name").GetString());
        Assert.Contains("<mark>shipment</mark>", hit.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
        Assert.False(hit.TryGetProperty("bodyHtml", out _), "a result never carries the story's body");
    }

    [Fact]
    public async Task The_pages_link_to_each_other_keeping_the_query_and_filters()
    {
        using var first = await host.ApiAsync(Q("pagewort") + "&section=environment");
        Assert.Equal(SearchArchive.PagedStories, first.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, first.RootElement.GetProperty("pages").GetInt32());
        Assert.Equal(20, first.RootElement.GetProperty("results").GetArrayLength());
        var next = first.RootElement.GetProperty("next").GetString()!;
        Assert.Contains("q=pagewort", next, StringComparison.Ordinal);
        Assert.Contains("section=environment", next, StringComparison.Ordinal);

        using var second = await host.ApiAsync(next[(next.IndexOf('?', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(2, second.RootElement.GetProperty("page").GetInt32());
        Assert.Equal(SearchArchive.PagedStories - 20, second.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("next").ValueKind);
        Assert.Contains("page=1", second.RootElement.GetProperty("previous").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_is_an_empty_list_not_an_error()
    {
        using var json = await host.ApiAsync(Q("unobtainium"));
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task A_missing_query_is_a_problem_document_that_says_what_to_send()
    {
        using var client = host.CreateReader();
        using var response = await client.GetAsync(new Uri("/api/v1/search", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("q", problem.RootElement.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
    }
}
