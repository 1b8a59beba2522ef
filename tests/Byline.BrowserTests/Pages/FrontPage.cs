using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages;

/// <summary>The front page (<c>/</c>) as a reader sees it: a lead story, then the latest stories.</summary>
public sealed partial class FrontPage(IPage page)
{
    public static async Task<FrontPage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/");
        return new FrontPage(page);
    }

    /// <summary>The lead story is the first story in the main content, above the "Latest" list.</summary>
    public ILocator LeadStory => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Article).First;

    public ILocator LeadSectionLink => LeadStory.GetByRole(AriaRole.Link).First;

    public ILocator LeadHeadlineLink => LeadStory.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link);

    public async Task<ArticlePage> FollowLeadStoryAsync()
    {
        await LeadHeadlineLink.ClickAsync();
        await page.WaitForURLAsync(ArticlePath());
        return new ArticlePage(page);
    }

    /// <summary>/{section}/{yyyy}/{MM}/{dd}/{slug}, the stable article address.</summary>
    [GeneratedRegex(@"/[a-z0-9-]+/\d{4}/\d{2}/\d{2}/[a-z0-9-]+(\?[^#]*)?(#.*)?$")]
    private static partial Regex ArticlePath();
}
