using System.Text.RegularExpressions;

using Byline.BrowserTests.Pages;
using Byline.Testing;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Reader;

public sealed partial class BackToTopTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task Back_to_top_returns_a_keyboard_reader_to_the_masthead_without_JavaScript()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop, javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        var article = await (await FrontPage.OpenAsync(page)).FollowLeadStoryAsync();

        await page.Keyboard.PressAsync("End");
        await WaitForScrollAsync(article, y => y > 1000, "the reader to reach the foot of the story");
        await Expect(article.Masthead).Not.ToBeInViewportAsync();

        await article.BackToTop.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(TopOfPage());
        await WaitForScrollAsync(article, y => y <= 2, "the page to scroll back to the top");
        await Expect(article.Masthead).ToHaveIdAsync("top");
        await Expect(article.Masthead).ToBeInViewportAsync();
    }

    /// <summary>
    /// The site scrolls smoothly (CSS scroll-behavior), so the position is polled rather than read once; with the whole
    /// browser suite sharing two cores, the animation over a long story can take seconds.
    /// </summary>
    private static async Task WaitForScrollAsync(ArticlePage article, Func<double, bool> reached, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        var y = await article.ScrollYAsync();
        while (!reached(y) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            y = await article.ScrollYAsync();
        }
        Assert.True(reached(y), $"Waited 20 s for {what}; window.scrollY is {y}.");
    }

    [GeneratedRegex("#top$")]
    private static partial Regex TopOfPage();
}
