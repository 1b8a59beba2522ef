using System.Text.Json;
using Byline.Testing;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Reader;

/// <summary>
/// The reader theme as a reader's browser draws it: the story owns a phone's first screen, the fonts are the site's own
/// and light, and nothing scrolls sideways. Screenshots of the article, front, section and search pages at both widths,
/// light and dark, are kept for a person to look at.
/// </summary>
public sealed class FirstScreenTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private const string Footbridge = "saltmarsh-footbridge-rebuild-tram-route";

    private async Task<string> FootbridgePathAsync()
    {
        var front = await host.CreateReader().GetStringAsync(new Uri("/city", UriKind.Relative), TestContext.Current.CancellationToken);
        var start = front.IndexOf("/city/", front.IndexOf(Footbridge, StringComparison.Ordinal) - 20, StringComparison.Ordinal);
        return front[start..(front.IndexOf(Footbridge, StringComparison.Ordinal) + Footbridge.Length)];
    }

    [Fact]
    public async Task On_a_phone_a_four_line_headline_starts_near_the_top_and_the_story_text_starts_on_the_first_screen()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(await FootbridgePathAsync());
        await page.EvaluateAsync("document.fonts.ready");

        var headline = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 });
        var box = (await headline.BoundingBoxAsync())!;
        var lineHeight = await headline.EvaluateAsync<double>("h => parseFloat(getComputedStyle(h).lineHeight)");
        var lines = (int)Math.Round(box.Height / lineHeight);
        var firstParagraph = (await page.Locator(".story__body > p").First.BoundingBoxAsync())!;

        Assert.True(lines == 4, $"The sample headline measured here should run to four lines on a phone; it takes {lines}.");
        Assert.True(box.Y <= 120, $"The headline starts {box.Y:0} px down; the first 120 px are the header's.");
        Assert.True(firstParagraph.Y < Viewport.Phone.Height, $"The story's first line starts {firstParagraph.Y:0} px down, below the {Viewport.Phone.Height} px screen.");
    }

    [Fact]
    public async Task An_article_page_loads_the_sites_own_serif_and_sans_in_under_100_KB_of_font()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        var fonts = new List<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith(".woff2", StringComparison.Ordinal))
            {
                fonts.Add(response);
            }
        };
        await page.GotoAsync(await FootbridgePathAsync(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var loaded = JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>(
            """document.fonts.ready.then(set => JSON.stringify([...set].filter(f => f.status === 'loaded').map(f => `${f.family.replaceAll('"', '')} ${f.weight} ${f.style}`)))"""))!;

        var bytes = 0;
        foreach (var response in fonts)
        {
            Assert.StartsWith(host.BaseAddress.ToString().TrimEnd('/') + "/fonts/", response.Url, StringComparison.Ordinal);
            bytes += (await response.BodyAsync()).Length;
        }
        Assert.Contains("Source Serif 4 400 normal", loaded);
        Assert.Contains("Source Serif 4 600 700 normal", loaded);
        Assert.Contains(loaded, f => f.StartsWith("Source Sans 3 ", StringComparison.Ordinal));
        Assert.True(bytes <= 100 * 1024, $"The article page downloads {bytes:N0} bytes of font.");
        Assert.Equal(fonts.Count, fonts.Select(f => f.Url).Distinct().Count());
        // The story mentions a café: its é comes from the accented cut of the text face, fetched because this page needs it.
        Assert.Contains(fonts, f => f.Url.Contains("source-serif-4-v5.3.1-latin-accented-400-normal", StringComparison.Ordinal));
        Assert.DoesNotContain(fonts, f => f.Url.Contains("-latin-ext-", StringComparison.Ordinal));
    }

    public static TheoryData<string, ColorScheme> Pages() => new()
    {
        { "article", ColorScheme.Light }, { "article", ColorScheme.Dark },
        { "front", ColorScheme.Light }, { "front", ColorScheme.Dark },
        { "section", ColorScheme.Light }, { "section", ColorScheme.Dark },
        { "search", ColorScheme.Light }, { "search", ColorScheme.Dark },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_reader_page_has_no_horizontal_scroll_at_390_or_1280_pixels_in_light_or_dark(string name, ColorScheme scheme)
    {
        var path = name switch
        {
            "article" => await FootbridgePathAsync(),
            "front" => "/",
            "section" => "/city",
            _ => "/search?q=tram",
        };
        foreach (var viewport in new[] { Viewport.Phone, Viewport.Desktop })
        {
            await using var context = await chromium.NewContextAsync(host.BaseAddress, viewport, colorScheme: scheme);
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);
            await page.EvaluateAsync("document.fonts.ready");

            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= viewport.Width, $"{path} is {scrollWidth} px wide in a {viewport.Width} px window ({scheme}).");
            await Screenshots.SaveAsync(page, $"theme-{name}-{scheme.ToString().ToLowerInvariant()}", viewport);
        }
    }
}
