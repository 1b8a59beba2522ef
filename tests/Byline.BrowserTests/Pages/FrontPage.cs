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
        await Arrival.AtAsync(page, Arrival.ArticlePath());
        return new ArticlePage(page);
    }
}
