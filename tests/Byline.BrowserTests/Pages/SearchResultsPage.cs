using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages;

/// <summary>/search as a reader sees it: the count, the list of results and, in the site header, the search box.</summary>
public sealed partial class SearchResultsPage(IPage page)
{
    /// <summary>Types a query into the site header's search box and submits it with Enter, as a reader would on any page.</summary>
    public static async Task<SearchResultsPage> SearchFromHeaderAsync(IPage page, string query)
    {
        ArgumentNullException.ThrowIfNull(page);
        var box = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox);
        await box.FillAsync(query);
        await box.PressAsync("Enter");
        await Arrival.AtAsync(page, SearchPath());
        return new SearchResultsPage(page);
    }

    public ILocator Summary => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status);

    public ILocator Results => page.GetByRole(AriaRole.Main).Locator("ol.search-results > li");

    public ILocator HeadlineLinks => Results.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link);

    public ILocator MarkedWords => Results.Locator("mark");

    /// <summary>The search form's own box in the page body, which keeps the query.</summary>
    public ILocator QueryBox => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Searchbox);

    public async Task<ArticlePage> OpenResultAsync(int index)
    {
        await HeadlineLinks.Nth(index).ClickAsync();
        await Arrival.AtAsync(page, Arrival.ArticlePath());
        return new ArticlePage(page);
    }

    [GeneratedRegex(@"/search(\?[^#]*)?$")]
    private static partial Regex SearchPath();
}
