using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages.Newsroom;

/// <summary>
/// The story form, on "New story" (<c>/newsroom/stories/new</c>) and on a story's own page (<c>/newsroom/stories/{id}</c>),
/// where the Workflow panel beside it moves the story (submit, publish, unpublish).
/// </summary>
public sealed partial class StoryEditorPage(IPage page)
{
    public const string NewPath = "/newsroom/stories/new";

    public static async Task<StoryEditorPage> OpenNewAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(NewPath);
        return new StoryEditorPage(page);
    }

    public ILocator Title => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 });

    public ILocator Headline => page.GetByLabel("Headline", new PageGetByLabelOptions { Exact = true });

    public ILocator Standfirst => page.GetByLabel("Standfirst", new PageGetByLabelOptions { Exact = true });

    public ILocator Body => page.GetByLabel("Body (Markdown)");

    public ILocator FeaturedImage => page.GetByLabel("Featured image");

    public ILocator Tags => page.GetByLabel("Tags", new PageGetByLabelOptions { Exact = true });

    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save", Exact = true });

    public ILocator PreviewButton => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Preview", Exact = true });

    public ILocator Workflow => page.GetByRole(AriaRole.Complementary, new PageGetByRoleOptions { Name = "Workflow" });

    public ILocator WorkflowButton(string name) => Workflow.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public ILocator ViewOnTheSite => page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "View on the site", Exact = true });

    public Task ChooseFeaturedImageAsync(string optionLabel) =>
        FeaturedImage.SelectOptionAsync(new SelectOptionValue { Label = optionLabel });

    /// <summary>What the form says when it comes back instead of saving: the summary and the messages under the fields.</summary>
    public ILocator Errors => page.GetByRole(AriaRole.Main).Locator("[role=alert]:not(:empty), .field__error:not(:empty)");

    /// <summary>Saves a new story, which takes the member to the story's own page.</summary>
    public async Task SaveNewAsync()
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => SaveButton.ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("handler=Save", StringComparison.Ordinal));
        if (response.Status is < 300 or >= 400)
        {
            await page.WaitForLoadStateAsync();
            Assert.Fail($"The story was not saved ({response.Status}): {string.Join(" ", await Errors.AllInnerTextsAsync())}");
        }
        await Arrival.AtAsync(page, StoryPath());
    }

    [GeneratedRegex(@"/newsroom/stories/\d+$")]
    private static partial Regex StoryPath();
}
