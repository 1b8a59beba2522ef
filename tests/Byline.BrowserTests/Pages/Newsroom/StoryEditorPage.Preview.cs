using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages.Newsroom;

/// <summary>
/// The preview pane: the "Preview" toggle opens it beside the form (1200 px and wider) or over it, holding the story as
/// readers will see it in an iframe the editor refreshes while the member types.
/// </summary>
public sealed partial class StoryEditorPage
{
    public const string PreviewFrameTitle = "Preview of the story as readers will see it";

    public ILocator PreviewPane => page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Story preview" });

    /// <summary>The iframe element itself (its width, its scale).</summary>
    public ILocator PreviewFrameElement => page.GetByTitle(PreviewFrameTitle);

    /// <summary>The page inside the pane.</summary>
    public IFrameLocator PreviewFrame => PreviewFrameElement.ContentFrame;

    /// <summary>The story in the pane, rendered by the public page's own partial.</summary>
    public ILocator Preview => PreviewFrame.GetByRole(AriaRole.Article);

    public ILocator PreviewHeadline => PreviewFrame.GetByRole(AriaRole.Heading, new FrameLocatorGetByRoleOptions { Level = 1 });

    /// <summary>The story's body in the pane (without the page's tag list and its hidden "Tags" heading).</summary>
    public ILocator PreviewBody => Preview.Locator(".story__body");

    public ILocator PreviewSubheadings => PreviewBody.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Level = 2 });

    public ILocator PreviewWidthButton(string name) =>
        PreviewPane.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public ILocator ClosePreviewButton => PreviewWidthButton("Close");

    /// <summary>Opens the pane with the toggle and waits for the story in it.</summary>
    public async Task PreviewAsync()
    {
        await PreviewButton.ClickAsync();
        await Preview.WaitForAsync();
    }
}
