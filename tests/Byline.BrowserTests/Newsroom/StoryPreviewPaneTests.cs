using System.Text.RegularExpressions;
using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

/// <summary>
/// The preview pane: the story as readers will see it, refreshed while the member types, without reloading the editor;
/// at desktop and phone widths; beside the form on a wide screen, over it on a phone.
/// </summary>
public sealed partial class StoryPreviewPaneTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    public static TheoryData<string> Screens => ["desktop", "phone"];

    private static Viewport ScreenOf(string name) => name == "phone" ? Viewport.Phone : Viewport.Desktop;

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Typing_updates_the_preview_without_a_reload_and_the_phone_width_is_390_pixels(string screen)
    {
        var viewport = ScreenOf(screen);
        await using var context = await chromium.NewContextAsync(host.BaseAddress, viewport);
        var page = await context.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Author, $"Pat Preview {screen}");
        var editor = await StoryEditorPage.OpenNewAsync(page);
        var opening = string.Join("\n\n", Enumerable.Range(1, 60).Select(i => $"Paragraph {i}, enough to scroll."));
        await editor.Headline.FillAsync("Council agrees the harbour budget");
        await editor.SetBodyMarkdownAsync(opening);
        // A mark on the editor's window: a reload would wipe it.
        await page.EvaluateAsync("() => { window.previewMark = 'kept'; }");

        await Expect(editor.PreviewButton).ToHaveAttributeAsync("aria-pressed", "false");
        await editor.PreviewButton.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(editor.PreviewButton).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(editor.PreviewHeadline).ToHaveTextAsync("Council agrees the harbour budget");
        await Expect(editor.Preview.GetByText($"Pat Preview {screen}", new LocatorGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await Expect(editor.Preview.GetByText("Not published yet")).ToBeVisibleAsync();
        await Expect(editor.Preview.GetByText("2 min read")).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page, "the editor with the preview pane open",
            // The page in the pane is a document of its own, with the reader site's banner, main and footer; axe compares
            // them with the newsroom's across the frame. The preview page alone (the reader layout and the article partial) is the reader pages' markup.
            ignore: "landmark-unique");

        var pane = (await editor.PreviewPane.BoundingBoxAsync())!;
        if (screen == "desktop")
        {
            // Beside the form: the form stays in view and usable.
            Assert.True(pane.X >= viewport.Width / 2 - 1, $"the pane starts at {pane.X}");
            var headline = (await editor.Headline.BoundingBoxAsync())!;
            Assert.True(headline.X + headline.Width <= pane.X, "the headline field is under the pane");
        }
        else
        {
            Assert.Equal(viewport.Width, pane.Width, 1);
        }

        // Scroll the preview, then type: the pane refreshes in place and keeps the reader's place.
        // The reader theme scrolls smoothly (in-page links); the test jumps, as a reader's finger would.
        await editor.PreviewFrameElement.EvaluateAsync("frame => frame.contentWindow.scrollTo({ top: 600, behavior: 'instant' })");
        await editor.Headline.FillAsync("Council agrees the harbour budget at last");
        await editor.ReplaceBodyAsync(opening + "\n\n## Typed while previewing\n\nThe vote was seven to two.");
        await Expect(editor.PreviewSubheadings).ToHaveTextAsync(["Typed while previewing"]);
        await Expect(editor.PreviewHeadline).ToHaveTextAsync("Council agrees the harbour budget at last");
        Assert.Equal("kept", await page.EvaluateAsync<string>("() => window.previewMark"));
        // Still the same page (previewMark): at most autosave has created the story and moved the address to it.
        Assert.Matches(NewOrCreatedStory(), page.Url);
        Assert.True(await ScrolledAsync(editor, 500), "the preview lost its scroll position when it refreshed: " +
            await editor.PreviewFrameElement.EvaluateAsync<string>("frame => `${frame.contentWindow.scrollY} of ${frame.contentDocument.scrollingElement.scrollHeight}, window ${frame.contentWindow.innerHeight}`"));
        await SaveScreenAsync(page, "newsroom-preview-pane-desktop-width", viewport);

        await editor.PreviewWidthButton("Phone").ClickAsync();
        await Expect(editor.PreviewWidthButton("Phone")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(editor.PreviewWidthButton("Desktop")).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Equal(390, await editor.PreviewFrameElement.EvaluateAsync<int>("frame => frame.offsetWidth"));
        Assert.Equal(390, await editor.PreviewFrameElement.EvaluateAsync<int>("frame => frame.contentWindow.innerWidth"));
        var frame = (await editor.PreviewFrameElement.BoundingBoxAsync())!;
        Assert.True(frame.Width <= pane.Width + 1, $"the phone-wide preview ({frame.Width} px on screen) overflows the pane ({pane.Width} px)");
        await SaveScreenAsync(page, "newsroom-preview-pane-phone-width", viewport);

        await editor.PreviewWidthButton("Desktop").ClickAsync();
        Assert.Equal(1280, await editor.PreviewFrameElement.EvaluateAsync<int>("frame => frame.offsetWidth"));
        var scaled = (await editor.PreviewFrameElement.BoundingBoxAsync())!;
        Assert.True(scaled.Width <= pane.Width + 1, $"the desktop-wide preview ({scaled.Width} px on screen) is not scaled into the pane ({pane.Width} px)");

        await editor.ClosePreviewButton.ClickAsync();
        await Expect(editor.PreviewPane).ToBeHiddenAsync();
        await Expect(editor.PreviewButton).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(editor.PreviewButton).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Without_javascript_the_preview_button_opens_the_page_in_a_new_tab()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop, javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Author, "Nell Noscript");
        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.Headline.FillAsync("A preview without script");
        await editor.SetBodyMarkdownAsync("Opening.\n\n## A subheading in the tab");

        var tab = await context.RunAndWaitForPageAsync(() => editor.PreviewButton.ClickAsync());
        await tab.WaitForLoadStateAsync();

        await Expect(tab.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("A preview without script");
        await Expect(tab.Locator(".story__body").GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Level = 2 })).ToHaveTextAsync("A subheading in the tab");
        await Expect(tab.GetByText("Preview — not published")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(tab, "newsroom-preview-tab", Viewport.Desktop);
        // The form is still there, as typed.
        await Expect(editor.Headline).ToHaveValueAsync("A preview without script");
    }

    private static async Task AssertNoAxeViolationsAsync(IPage page, string screen, string? ignore = null)
    {
        AxeResult result = await page.RunAxe();
        var violations = result.Violations.Where(v => v.Id != ignore)
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe found on {screen}:\n{string.Join("\n", violations)}");
    }

    /// <summary>
    /// What the member sees (the viewport, not the full page): the pane is fixed to the screen, and a full-page picture
    /// would show it where the taller page happens to be scrolled. Kept beside the other screenshots.
    /// </summary>
    private static async Task SaveScreenAsync(IPage page, string name, Viewport viewport)
    {
        var png = await page.ScreenshotAsync();
        var fileName = $"{name}-{viewport.Width}.png";
        Directory.CreateDirectory(Screenshots.Folder);
        await File.WriteAllBytesAsync(Path.Combine(Screenshots.Folder, fileName), png, TestContext.Current.CancellationToken);
        TestContext.Current.AddAttachment(fileName, png, "image/png");
    }

    private static async Task<bool> ScrolledAsync(StoryEditorPage editor, int atLeast)
    {
        for (var tries = 0; tries < 50; tries++)
        {
            if (await editor.PreviewFrameElement.EvaluateAsync<double>("frame => frame.contentWindow.scrollY") >= atLeast)
            {
                return true;
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        return false;
    }

    [GeneratedRegex(@"/newsroom/stories/(new|\d+)$")]
    private static partial Regex NewOrCreatedStory();
}
