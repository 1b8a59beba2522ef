using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages.Newsroom;

/// <summary>The story settings: the side panel or "Story settings" disclosure, the type-ahead boxes, the live previews.</summary>
public sealed partial class StoryEditorPage
{
    /// <summary>The authors type-ahead (a combobox once the settings script has run; the label moves to it).</summary>
    public ILocator AuthorsBox => page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Authors", Exact = true });

    public ILocator TagsBox => page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Tags", Exact = true });

    public ILocator Suggestion(string name) => page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = name, Exact = true });

    /// <summary>The chip of a chosen author or tag is known by its remove button.</summary>
    public ILocator RemoveButton(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Remove {name}", Exact = true });

    /// <summary>The "Story settings" summary: shown on narrow screens, where the settings fold away.</summary>
    public ILocator StorySettingsToggle => page.Locator("summary").Filter(new LocatorFilterOptions { HasText = "Story settings" });

    public ILocator SearchAndSocialToggle => page.Locator("summary").Filter(new LocatorFilterOptions { HasText = "Search and social" });

    public ILocator SeoTitle => page.GetByLabel("SEO title", new PageGetByLabelOptions { Exact = true });

    public ILocator Slug => page.GetByLabel("Slug", new PageGetByLabelOptions { Exact = true });

    public ILocator SearchResultPreview => page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Search result preview" });

    public ILocator SocialCardPreview => page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Social card preview" });

    /// <summary>The body field whatever editor it holds (the plain textarea or the rich editor).</summary>
    public ILocator BodyField => page.Locator(".field:has([name='Draft.Body'])");
}
