using System.Net;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Pages;

public sealed class UrlRulesTests(BylineHost host) : IClassFixture<BylineHost>
{
    private readonly HttpClient _reader = host.CreateReader();

    private async Task<HttpResponseMessage> GetAsync(string path) =>
        await _reader.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_story_reached_under_another_date_or_section_moves_permanently_to_its_address()
    {
        var canonical = await host.PathOfAsync("night-tram-trial-timetable");
        var wrongDate = "/city/2001/01/01/night-tram-trial-timetable";
        var wrongSection = canonical.Replace("/city/", "/sport/", StringComparison.Ordinal);

        foreach (var path in new[] { wrongDate, wrongSection })
        {
            using var response = await GetAsync(path);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(canonical, response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task An_old_address_of_a_story_answers_301_to_its_current_one()
    {
        var canonical = await host.PathOfAsync("corn-exchange-jazz-weekend-review");
        await host.WithDatabaseAsync(async db =>
        {
            var story = await db.Articles.SingleAsync(a => a.Slug == "corn-exchange-jazz-weekend-review", TestContext.Current.CancellationToken);
            db.ArticleRedirects.Add(new ArticleRedirect { Path = "/culture/2025/06/01/jazz-weekend", ArticleId = story.Id });
            db.ArticleRedirects.Add(new ArticleRedirect { Path = "/2019/05/old-wordpress-permalink", ArticleId = story.Id });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        foreach (var oldPath in new[] { "/culture/2025/06/01/jazz-weekend", "/2019/05/old-wordpress-permalink/" })
        {
            using var response = await GetAsync(oldPath);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(canonical, response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task An_unpublished_story_answers_410_with_a_page_that_helps_the_reader_on()
    {
        var path = await host.PathOfAsync("saltmarsh-fish-market-cooperative");
        await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Slug == "saltmarsh-fish-market-cooperative")
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, ArticleStatus.Unpublished), TestContext.Current.CancellationToken));

        using var response = await GetAsync(path);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("This story is no longer available", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("withdrawn", page.QuerySelector(".page-header__lede")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
        Assert.NotEmpty(page.QuerySelectorAll(".story-card"));
        Assert.Equal("noindex, follow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_draft_is_not_found_by_readers()
    {
        var path = await host.PathOfAsync("harbour-row-bakery-expands-into-empty-shops");
        await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Slug == "harbour-row-bakery-expands-into-empty-shops")
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, ArticleStatus.Draft), TestContext.Current.CancellationToken));

        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/city/2026/01/01/no-such-story")]
    [InlineData("/no-such-section")]
    [InlineData("/tag/no-such-tag")]
    [InlineData("/author/nobody-here")]
    [InlineData("/city/2026/01/01/Hello_World!")]
    [InlineData("/City/2026/01/01/a--b")]
    [InlineData("/definitely/not/a/page/at/all")]
    public async Task Unknown_or_odd_addresses_answer_404_with_a_helpful_page(string path)
    {
        using var response = await GetAsync(path);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("main form[role=search] input[name=q]"));
        Assert.Equal(5, page.QuerySelectorAll("main .story-card").Length);
    }

    [Fact]
    public async Task An_over_long_slug_answers_404_not_500()
    {
        using var response = await GetAsync("/city/2026/01/01/" + new string('a', 5_000));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_error_page_cannot_be_opened_as_a_page_of_its_own()
    {
        using var response = await GetAsync("/error/500");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
