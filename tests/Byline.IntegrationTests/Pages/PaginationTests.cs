using System.Net;

namespace Byline.IntegrationTests.Pages;

public sealed class PaginationTests(LargeArchiveHost host) : IClassFixture<LargeArchiveHost>
{
    private readonly HttpClient _reader = host.CreateReader();

    private const string SectionPath = "/" + LargeArchiveHost.Section;

    [Fact]
    public async Task A_section_is_paged_twenty_stories_at_a_time_with_rel_links()
    {
        // The sample Environment section has 2 stories; with the archive it has 47: pages of 20, 20 and 7.
        var first = await _reader.GetDocumentAsync(SectionPath);
        var second = await _reader.GetDocumentAsync(SectionPath + "?page=2");
        var third = await _reader.GetDocumentAsync(SectionPath + "?page=3");

        Assert.Equal(20, first.QuerySelectorAll(".story-card").Length);
        Assert.Equal(20, second.QuerySelectorAll(".story-card").Length);
        Assert.Equal(7, third.QuerySelectorAll(".story-card").Length);

        Assert.Null(first.QuerySelector("link[rel=prev]"));
        Assert.Equal(SectionPath + "?page=2", first.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Equal(SectionPath, second.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(SectionPath + "?page=3", second.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Null(third.QuerySelector("link[rel=next]"));
        Assert.EndsWith(SectionPath + "?page=2", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith(SectionPath, first.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_follow_each_other_newest_first_without_gaps_or_repeats()
    {
        var headlines = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var document = await _reader.GetDocumentAsync($"{SectionPath}?page={page}");
            headlines.AddRange(document.QuerySelectorAll(".story-card__headline").Select(h => h.TextContent));
        }

        Assert.Equal(47, headlines.Count);
        Assert.Equal(headlines.Count, headlines.Distinct().Count());
        Assert.Equal("Archive tide table number 45", headlines[2]);
        Assert.Equal("Archive tide table number 1", headlines[^1]);
    }

    [Fact]
    public async Task The_front_page_continues_as_a_paged_river_of_latest_stories()
    {
        var first = await _reader.GetDocumentAsync("/");
        var second = await _reader.GetDocumentAsync("/?page=2");

        Assert.Equal(20, first.QuerySelectorAll(".lead-story, .top-stories .story-card, .latest .story-card").Length);
        Assert.Equal("/?page=2", first.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Equal(20, second.QuerySelectorAll(".story-card").Length);
        Assert.Single(second.QuerySelectorAll("h1"));
        Assert.Empty(second.QuerySelectorAll(".section-block"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public async Task A_page_number_that_is_not_a_whole_number_from_1_is_a_400_with_an_explanation(string page)
    {
        foreach (var path in new[] { "/", SectionPath, "/tag/weather", "/author/devika-rao" })
        {
            using var response = await _reader.GetAsync(new Uri($"{path}?page={Uri.EscapeDataString(page)}", UriKind.Relative), TestContext.Current.CancellationToken);
            var document = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("is not a page number", document.QuerySelector(".page-header__lede")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_page_beyond_the_archive_is_a_404_that_says_so()
    {
        foreach (var path in new[] { "/", SectionPath, "/tag/weather", "/author/devika-rao" })
        {
            using var response = await _reader.GetAsync(new Uri($"{path}?page=999999", UriKind.Relative), TestContext.Current.CancellationToken);
            var document = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("999999", document.QuerySelector(".page-header__lede")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Tag_and_author_pages_list_their_stories()
    {
        var tag = await _reader.GetDocumentAsync("/tag/saltmarsh");
        var author = await _reader.GetDocumentAsync("/author/devika-rao");

        Assert.Equal("Saltmarsh", tag.QuerySelector("h1")!.TextContent.Trim());
        Assert.All(tag.QuerySelectorAll(".story-card__headline a"), a => Assert.NotNull(a.GetAttribute("href")));
        Assert.True(tag.QuerySelectorAll(".story-card").Length >= 4);
        Assert.StartsWith("Devika Rao", author.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("marine biologist", author.QuerySelector(".page-header__lede")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(20, author.QuerySelectorAll(".story-card").Length);
        Assert.NotNull(author.QuerySelector("link[rel=next]"));
    }
}
