using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages.Newsroom;

/// <summary>The parts of the story page that keep work from being lost: autosave, the restore offers, the conflict view.</summary>
public sealed partial class StoryEditorPage
{
    public IPage Page => page;

    /// <summary>What autosave last said (role="status" beside Save).</summary>
    public ILocator AutosaveStatus => page.Locator("#autosave-status");

    /// <summary>The offer to restore unsaved work this browser kept.</summary>
    public ILocator RestoreOffer => page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = "Unsaved changes were kept in this browser" });

    public ILocator RestoreButton => RestoreOffer.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Restore", Exact = true });

    /// <summary>The conflict view: both versions side by side, shown when a save met a change to the same part.</summary>
    public ILocator Conflict => page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = "Someone saved this story after you opened it" });

    /// <summary>Presses Save on a story that exists and waits for its page again.</summary>
    public async Task SaveAsync()
    {
        await page.RunAndWaitForResponseAsync(
            () => SaveButton.ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("handler=Save", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync();
    }

    /// <summary>Waits until autosave has stored the form (the new story's first autosave moves the page to its address).</summary>
    public Task WaitForAutosaveAsync() =>
        Microsoft.Playwright.Assertions.Expect(AutosaveStatus).ToContainTextAsync(SavedAutomatically(), new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });

    [GeneratedRegex("saved automatically|kept automatically", RegexOptions.IgnoreCase)]
    private static partial Regex SavedAutomatically();
}
