using System.Text.RegularExpressions;
using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

/// <summary>A note written from the story page with the keyboard, while the story has unsaved words: none of them is lost.</summary>
public sealed partial class StoryNotesTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_note_posted_by_keyboard_from_the_story_page_keeps_the_unsaved_words_of_the_story()
    {
        const string headline = "Ferry fares, with a note";
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            await dialog.DismissAsync();
        };
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Editor, "Keyla Board");
        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.Headline.FillAsync(headline);
        await editor.SetBodyMarkdownAsync("Fares rise in April.\n\nThe council voted for it.");
        await editor.SaveNewAsync();
        var storyPath = new Uri(page.Url).AbsolutePath;

        // Typed, and not saved yet (autosave waits ten seconds): then straight to the notes.
        await editor.TypeInBodyAsync(" Typed just before the note.");
        var note = page.GetByLabel("Note", new PageGetByLabelOptions { Exact = true });
        await note.FocusAsync();
        await page.Keyboard.TypeAsync("Check the April date with the council.");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add note", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(NotesAnchor());
        await Expect(page.Locator("#notes").GetByText("Check the April date with the council.")).ToBeVisibleAsync();
        Assert.Empty(dialogs);
        Assert.Contains("Typed just before the note.", await editor.BodyMarkdownAsync(), StringComparison.Ordinal);
        Assert.Contains("Typed just before the note.", await host.WithDatabaseAsync(db =>
            db.Articles.Where(a => a.Headline == headline).Select(a => a.BodyMarkdown).SingleAsync(Cancel)), StringComparison.Ordinal);
        Assert.EndsWith(storyPath, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "newsroom-story-notes", Viewport.Desktop);
        await page.SetViewportSizeAsync(Viewport.Phone.Width, Viewport.Phone.Height);
        await Screenshots.SaveAsync(page, "newsroom-story-notes", Viewport.Phone);
    }

    [GeneratedRegex(@"/newsroom/stories/\d+#notes$")]
    private static partial Regex NotesAnchor();
}
