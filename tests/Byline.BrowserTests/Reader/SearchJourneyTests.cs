using Byline.BrowserTests.Pages;
using Byline.Testing;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Reader;

public sealed class SearchJourneyTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task A_reader_searches_from_the_header_and_opens_a_result()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        await FrontPage.OpenAsync(page);

        var results = await SearchResultsPage.SearchFromHeaderAsync(page, "night trams");

        await Expect(results.Summary).ToContainTextAsync("match");
        await Expect(results.QueryBox).ToHaveValueAsync("night trams");
        Assert.True(await results.Results.CountAsync() >= 1, "the sample site has a story about night trams");
        await Expect(results.MarkedWords.First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "search-results", Viewport.Desktop);
        var headline = (await results.HeadlineLinks.First.TextContentAsync() ?? "").Trim();
        Assert.Contains("trams", headline, StringComparison.OrdinalIgnoreCase);

        var article = await results.OpenResultAsync(0);

        await Expect(article.Headline).ToHaveTextAsync(headline);
    }
}
