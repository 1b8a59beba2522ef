using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages.Newsroom;

/// <summary>What every newsroom page shares: the member's navigation, the page heading and the flash message.</summary>
public sealed class NewsroomShell(IPage page)
{
    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Newsroom", Exact = true });

    public ILocator PageHeadings => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 });

    /// <summary>The one-off message a page shows after a redirect ("The draft is saved.", "Approved 1 comment").</summary>
    public ILocator Flash => page.GetByRole(AriaRole.Main).Locator(".notice--success[role=status]");

    public Task<int> DocumentScrollWidthAsync() => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
}
