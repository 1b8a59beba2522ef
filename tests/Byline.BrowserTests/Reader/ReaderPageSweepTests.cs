using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Reader;

/// <summary>
/// Every public page type of <see cref="PublicPages"/> as a reader sees it, at a laptop's and a phone's width, in the
/// light and the dark colour scheme: axe-core finds no WCAG 2.2 AA violation, nothing scrolls sideways, there is exactly
/// one h1, and a full-page screenshot is kept as sweep-{page}-{scheme}-{width}.png. One case per page type: its four
/// views are all checked before the case fails, so one run shows every problem of the page.
/// </summary>
public sealed class ReaderPageSweepTests(MeasuredSite host, Chromium chromium) : IClassFixture<MeasuredSite>
{
    /// <summary>axe's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA (2.2 added only AA rules).</summary>
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly (string Scheme, ColorScheme ColorScheme)[] Schemes = [("light", ColorScheme.Light), ("dark", ColorScheme.Dark)];

    public static TheoryData<string> PageTypes() => PublicPages.Names();

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task The_page_passes_axe_fits_the_window_and_has_one_h1_at_both_widths_in_light_and_dark(string pageType)
    {
        var publicPage = PublicPages.Named(pageType);
        var path = await publicPage.PathOnAsync(host);
        var problems = new List<string>();

        foreach (var viewport in new[] { Viewport.Desktop, Viewport.Phone })
        {
            foreach (var (scheme, colorScheme) in Schemes)
            {
                var view = $"{pageType} at {viewport.Width} px, {scheme}";
                await using var context = await chromium.NewContextAsync(host.BaseAddress, viewport, colorScheme: colorScheme);
                var page = await context.NewPageAsync();
                var response = await page.GotoAsync(path);
                Assert.Equal(publicPage.Status, response?.Status);
                await Screenshots.SaveAsync(page, $"sweep-{pageType}-{scheme}", viewport);

                problems.AddRange((await ViolationsAsync(page)).Select(v => $"{view}: {v}"));
                var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
                var (scrollWidth, innerWidth) = (widths[0], widths[1]);
                if (scrollWidth > innerWidth)
                {
                    problems.Add($"{view}: the page is {scrollWidth} px wide in a {innerWidth} px window");
                }
                var h1s = await page.Locator("h1").CountAsync();
                if (h1s != 1)
                {
                    problems.Add($"{view}: {h1s} h1 elements, not one");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{path} ({pageType}):\n{string.Join("\n", problems)}");
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        return result.Violations.Select(v =>
            $"axe {v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(Describe))}"
            + (v.Nodes.Length > 3 ? $" and {v.Nodes.Length - 3} more" : ""));
    }

    /// <summary>Where axe found it, and why: the messages of the checks that failed there.</summary>
    private static string Describe(AxeResultNode node)
    {
        var why = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)).Distinct();
        return $"{node.Target} ({string.Join(" ", why)})";
    }
}
