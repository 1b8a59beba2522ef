using System.Text.RegularExpressions;
using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

/// <summary>
/// The issue's measure of the editor: from the desk to a published story with a featured image and an image in its
/// body in at most five clicks. Every click the page receives from the person is counted by the page itself (trusted
/// click events, kept in the tab's session storage across the page loads), not by the test's own bookkeeping.
/// </summary>
public sealed partial class FiveClickPublishingTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private const string CountClicks =
        "window.addEventListener('click', e => { if (e.isTrusted) sessionStorage.setItem('clicks', String(Number(sessionStorage.getItem('clicks') || 0) + 1)); }, true);";

    [Fact]
    public async Task An_editor_publishes_a_story_with_a_featured_and_a_body_image_from_the_desk_in_five_clicks()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Editor, "Quinn Quick");
        await page.GotoAsync("/newsroom");
        await context.AddInitScriptAsync(CountClicks);
        await page.ReloadAsync();

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "New story", Exact = true }).ClickAsync();
        var editor = new StoryEditorPage(page);
        await editor.Headline.FillAsync("Night buses return to the Larkhaven coast road");
        await editor.Standfirst.FillAsync("Two routes run again from Friday after the depot found drivers for the late shifts.");
        await editor.RichBody.FocusAsync();
        await page.Keyboard.TypeAsync("The first bus leaves the harbour at 23:10 and the last at 02:40.");
        await page.Keyboard.PressAsync("Enter");

        await editor.BodyButton("Image").ClickAsync();
        var library = Dialog(page, "Choose an image");
        var chooser = await page.RunAndWaitForFileChooserAsync(
            () => library.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Upload a new image…" }).ClickAsync());
        await chooser.SetFilesAsync(TestPhotos.Jpeg("night-bus.jpg", 1600, 1000));
        var upload = Dialog(page, "Upload an image");
        await upload.GetByLabel("Alt text").FillAsync("A double-decker bus lit up at the harbour stop at night");
        await Expect(upload.GetByLabel("Also use it as the story's featured image")).ToBeCheckedAsync();
        await upload.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Upload and place" }).ClickAsync();
        await Expect(upload).ToHaveCountAsync(0);
        await Expect(editor.RichBody.Locator("img")).ToHaveCountAsync(1);

        await editor.WorkflowButton("Publish now").ClickAsync();
        await Expect(editor.ViewOnTheSite).ToBeVisibleAsync();
        // New story, Image, Upload a new image…, Upload and place, Publish now.
        Assert.Equal("5", await page.EvaluateAsync<string>("() => sessionStorage.getItem('clicks')"));

        var address = await editor.ViewOnTheSite.GetAttributeAsync("href");
        Assert.Matches(ArticlePath(), address);
        await using var readerContext = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync(address!);
        var figures = reader.GetByRole(AriaRole.Article).Locator("figure.story__figure");
        await Expect(figures).ToHaveCountAsync(2);
        foreach (var figure in await figures.AllAsync())
        {
            await Expect(figure.Locator("picture source[type='image/webp']")).ToHaveCountAsync(1);
            await Expect(figure.Locator("img")).ToHaveAttributeAsync("alt", "A double-decker bus lit up at the harbour stop at night");
        }
        await Expect(reader.Locator(".story__body figure img")).ToHaveAttributeAsync("loading", "lazy");
    }

    private static ILocator Dialog(IPage page, string title) =>
        page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = title });

    [GeneratedRegex(@"^/[a-z0-9-]+/\d{4}/\d{2}/\d{2}/night-buses-return-to-the-larkhaven-coast-road$")]
    private static partial Regex ArticlePath();
}
