using System.Net;
using AngleSharp.Html.Dom;
using static Byline.IntegrationTests.Search.SearchClient;

namespace Byline.IntegrationTests.Search;

/// <summary>/search as a reader sees it: the count, the results, the snippet, the pages, the box and the robots rule.</summary>
public sealed class SearchPageTests(SearchArchiveHost host) : IClassFixture<SearchArchiveHost>
{
    private async Task<IHtmlDocument> PageAsync(string parameters)
    {
        using var client = host.CreateReader();
        return await client.GetDocumentAsync($"/search?{parameters}");
    }

    [Fact]
    public async Task A_result_shows_headline_link_section_date_and_a_snippet_with_the_words_marked()
    {
        var page = await PageAsync(Q("Quellport shipment"));

        Assert.Equal("1 story matches", page.QuerySelector(".search-summary strong")!.TextContent);
        var result = Assert.Single(page.QuerySelectorAll(".search-results > li"));
        var headline = result.QuerySelector("h2 a") as IHtmlAnchorElement;
        Assert.Equal("Venezuelan cocoa lands at Quellport", headline!.TextContent);
        Assert.Equal(await host.PathOfAsync("venezuelan-cocoa"), headline.GetAttribute("href"));
        Assert.Equal("Business", result.QuerySelector(".kicker a")!.TextContent);
        Assert.NotNull(result.QuerySelector("time[datetime]"));
        var marks = result.QuerySelectorAll(".search-snippet mark").Select(m => m.TextContent).ToList();
        Assert.Contains("shipment", marks);
        Assert.Contains("Quellport", marks);
    }

    [Fact]
    public async Task The_query_stays_in_the_box()
    {
        var page = await PageAsync(Q("\"glass lantern\" -budget"));
        Assert.Equal("\"glass lantern\" -budget", page.QuerySelector("main input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Results_pages_ask_search_engines_not_to_index_them()
    {
        var results = await PageAsync(Q("pagewort"));
        Assert.Equal("noindex, follow", results.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        var empty = await PageAsync("");
        Assert.Equal("noindex, follow", empty.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Every_page_carries_a_search_box_in_the_site_header_that_goes_to_search()
    {
        using var client = host.CreateReader();
        var front = await client.GetDocumentAsync("/");
        var form = front.QuerySelector("header form[role=search]") as IHtmlFormElement;
        Assert.NotNull(form);
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.Method, StringComparer.OrdinalIgnoreCase);
        Assert.NotNull(form.QuerySelector("input[name=q]"));
    }

    [Fact]
    public async Task Results_come_twenty_to_a_page_with_links_between_pages()
    {
        var first = await PageAsync(Q("pagewort"));
        Assert.Equal($"{SearchArchive.PagedStories} stories match", first.QuerySelector(".search-summary strong")!.TextContent);
        Assert.Equal(20, first.QuerySelectorAll(".search-results > li").Length);
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Contains("q=pagewort", next, StringComparison.Ordinal);

        using var client = host.CreateReader();
        var second = await client.GetDocumentAsync(next);
        Assert.Equal(SearchArchive.PagedStories - 20, second.QuerySelectorAll(".search-results > li").Length);
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        Assert.Equal("21", second.QuerySelector("ol.search-results")!.GetAttribute("start"));

        var firstHeadlines = first.QuerySelectorAll(".search-results h2").Select(h => h.TextContent);
        var secondHeadlines = second.QuerySelectorAll(".search-results h2").Select(h => h.TextContent);
        Assert.Empty(firstHeadlines.Intersect(secondHeadlines));
    }

    [Fact]
    public async Task A_page_past_the_last_says_so_and_links_back()
    {
        var page = await PageAsync(Q("pagewort") + "&page=9");
        Assert.Empty(page.QuerySelectorAll(".search-results > li"));
        Assert.Contains("only 2 pages", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task No_results_suggest_fewer_words_and_show_the_latest_stories()
    {
        using var client = host.CreateReader();
        using var response = await client.GetAsync(new Uri("/search?" + Q("Quellport unobtainium"), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var note = page.QuerySelector(".search-none")!;
        Assert.Contains("No stories match", note.TextContent, StringComparison.Ordinal);
        var fewer = note.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/search?q=quellport", fewer);
        Assert.NotEmpty(page.QuerySelectorAll(".story-list li"));
    }

    [Fact]
    public async Task No_results_with_a_filter_offer_to_remove_it()
    {
        var page = await PageAsync(Q("Quellport") + "&section=sport");
        var links = page.QuerySelectorAll(".search-none a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/search?q=Quellport", links);
    }

    [Fact]
    public async Task The_empty_search_page_shows_the_form_without_results()
    {
        var page = await PageAsync("");
        Assert.NotNull(page.QuerySelector("main form[role=search] input[name=q]"));
        Assert.Null(page.QuerySelector(".search-results"));
        Assert.Null(page.QuerySelector(".search-none"));
    }
}
