using System.Text.RegularExpressions;
using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

/// <summary>
/// No work is ever lost: unsaved text survives a crashed tab, leaving with unsaved changes asks first (submitting does
/// not), and two editors saving one story keep both texts, merged, or see both side by side.
/// </summary>
public sealed partial class NoWorkLostTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private const string Opened = "The ferry runs every hour.\n\nThe last boat leaves at ten.\n\nTickets cost four pounds.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<string> StoredBodyAsync(string headline) =>
        host.WithDatabaseAsync(db => db.Articles.Where(a => a.Headline == headline).Select(a => a.BodyMarkdown).SingleAsync(Cancel));

    /// <summary>A member signed in in a context of their own, with a story written and saved, its page open.</summary>
    private async Task<(IBrowserContext Context, StoryEditorPage Editor)> WriterWithStoryAsync(string name, string headline)
    {
        var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Editor, name);
        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.Headline.FillAsync(headline);
        await editor.SetBodyMarkdownAsync(Opened);
        await editor.SaveNewAsync();
        return (context, editor);
    }

    private async Task<(IBrowserContext Context, StoryEditorPage Editor)> SecondEditorAsync(string name, string storyUrl)
    {
        var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Editor, name);
        await page.GotoAsync(storyUrl);
        return (context, new StoryEditorPage(page));
    }

    /// <summary>Kills the page's renderer the way a crash does: no pagehide, no last save, no goodbye.</summary>
    private static async Task CrashAsync(IBrowserContext context, IPage page)
    {
        var crashed = new TaskCompletionSource();
        page.Crash += (_, _) => crashed.TrySetResult();
        var devTools = await context.NewCDPSessionAsync(page);
        // Page.crash never answers: the renderer is gone before it could.
        _ = devTools.SendAsync("Page.crash").ContinueWith(sent => _ = sent.Exception, TaskScheduler.Default);
        await crashed.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Text_typed_before_the_browser_crashed_is_offered_back_when_the_story_is_reopened()
    {
        const string headline = "Ferry timetable, tab crashed";
        var (context, editor) = await WriterWithStoryAsync("Elowen Kemp", headline);
        await using (context)
        {
            var storyUrl = editor.Page.Url;
            // The connection is gone, so nothing reaches the server: only this browser keeps the words.
            await context.SetOfflineAsync(true);
            await editor.SetBodyMarkdownAsync(Opened + "\n\nA paragraph typed just before the laptop died.");
            await editor.Page.WaitForFunctionAsync("() => (localStorage.getItem('byline:unsaved:' + document.getElementById('story-form').dataset.story) || '').includes('laptop died')");
            await CrashAsync(context, editor.Page);
            await context.SetOfflineAsync(false);
            // A closed tab would send a last save on its way out (and Chromium's offline emulation ends with the tab, so
            // that save can get through); a crash sends nothing.
            Assert.DoesNotContain("laptop died", await StoredBodyAsync(headline), StringComparison.Ordinal);

            var reopened = await context.NewPageAsync();
            await reopened.GotoAsync(storyUrl);
            var again = new StoryEditorPage(reopened);
            await Expect(again.RestoreOffer).ToBeVisibleAsync();
            Assert.DoesNotContain("laptop died", await again.BodyMarkdownAsync(), StringComparison.Ordinal);
            await Screenshots.SaveAsync(reopened, "newsroom-story-restore-offer", Viewport.Desktop);

            await again.RestoreButton.ClickAsync();
            await Expect(again.RestoreOffer).ToHaveCountAsync(0);
            Assert.Contains("laptop died", await again.BodyMarkdownAsync(), StringComparison.Ordinal);
            await again.SaveAsync();

            Assert.Contains("A paragraph typed just before the laptop died.", await StoredBodyAsync(headline), StringComparison.Ordinal);
            // Saved: the copy in the browser is no longer offered.
            await reopened.ReloadAsync();
            await Expect(again.RestoreOffer).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task Leaving_with_unsaved_changes_asks_first_and_submitting_the_form_does_not()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Phone);
        var page = await context.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Editor, "Jenna Trevail");
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            await dialog.AcceptAsync();
        };

        var editor = await StoryEditorPage.OpenNewAsync(page);
        await Screenshots.SaveAsync(page, "newsroom-new-story", Viewport.Phone);
        await editor.Headline.ClickAsync();
        await editor.Headline.PressSequentiallyAsync("Harbour dues rise");
        await editor.SaveNewAsync();
        Assert.Empty(dialogs);
        // Saved: the copy the new-story page kept in the browser is not offered on the next new story.
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('byline:unsaved:new')"));

        // Offline, so no autosave can store the change before the tab closes: it stays unsaved.
        await context.SetOfflineAsync(true);
        await editor.Standfirst.ClickAsync();
        await editor.Standfirst.PressSequentiallyAsync("Fishing boats pay more from April.");
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        for (var wait = 0; wait < 100 && dialogs.Count == 0; wait++)
        {
            await Task.Delay(100, Cancel);
        }
        Assert.Equal(["beforeunload"], dialogs);
    }

    [Fact]
    public async Task A_new_storys_first_autosave_creates_its_draft_and_the_page_moves_to_it()
    {
        const string headline = "Ferry timetable, autosaved";
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Author, "Senara Opie");
        var editor = await StoryEditorPage.OpenNewAsync(page);

        await editor.Headline.FillAsync(headline);
        await editor.SetBodyMarkdownAsync(Opened);
        await editor.WaitForAutosaveAsync();
        await Screenshots.SaveAsync(page, "newsroom-new-story-autosaved", Viewport.Desktop);

        await Expect(page).ToHaveURLAsync(StoryAddress());
        Assert.Equal(Opened, (await StoredBodyAsync(headline)).ReplaceLineEndings("\n"));
        // Save now goes to the story that autosave created: still one story, with the words typed since.
        await Expect(editor.SaveButton).ToHaveAttributeAsync("formaction", StoryAddress());
        await editor.SetBodyMarkdownAsync(Opened + "\n\nOne more line.");
        await editor.SaveAsync();
        Assert.EndsWith("One more line.", await StoredBodyAsync(headline), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_editors_changing_different_paragraphs_both_keep_their_changes()
    {
        const string headline = "Ferry timetable, two paragraphs";
        var (firstContext, first) = await WriterWithStoryAsync("Loveday Carne", headline);
        await using (firstContext)
        {
            var (secondContext, second) = await SecondEditorAsync("Cador Williams", first.Page.Url);
            await using (secondContext)
            {
                await second.SetBodyMarkdownAsync(Opened.Replace("every hour", "every half hour", StringComparison.Ordinal));
                await second.SaveAsync();
                await Expect(new NewsroomShell(second.Page).Flash).ToBeVisibleAsync();

                await first.SetBodyMarkdownAsync(Opened.Replace("four pounds", "five pounds", StringComparison.Ordinal));
                await first.SaveAsync();

                // Merged on Save, or already by an autosave that met Cador's version: either way both are kept.
                await Expect(new NewsroomShell(first.Page).Flash).ToHaveTextAsync(MergedOrSaved());
                const string both = "The ferry runs every half hour.\n\nThe last boat leaves at ten.\n\nTickets cost five pounds.";
                Assert.Equal(both, (await first.BodyMarkdownAsync()).ReplaceLineEndings("\n"));
                Assert.Equal(both, (await StoredBodyAsync(headline)).ReplaceLineEndings("\n"));
                await Screenshots.SaveAsync(first.Page, "newsroom-story-merged", Viewport.Desktop);
            }
        }
    }

    [Fact]
    public async Task Two_editors_changing_the_same_paragraph_see_both_side_by_side_and_the_merged_text_saves()
    {
        const string headline = "Ferry timetable, one paragraph";
        var (firstContext, first) = await WriterWithStoryAsync("Wenna Bolitho", headline);
        await using (firstContext)
        {
            var (secondContext, second) = await SecondEditorAsync("Tristan Eddy", first.Page.Url);
            await using (secondContext)
            {
                await second.SetBodyMarkdownAsync(Opened.Replace("at ten", "at eleven", StringComparison.Ordinal));
                await second.SaveAsync();
                await Expect(new NewsroomShell(second.Page).Flash).ToBeVisibleAsync();

                await first.SetBodyMarkdownAsync(Opened.Replace("at ten", "at half past nine", StringComparison.Ordinal));
                await first.SaveAsync();

                await Expect(first.Conflict).ToBeVisibleAsync();
                var sideBySide = first.Conflict.GetByRole(AriaRole.Table);
                await Expect(sideBySide).ToContainTextAsync("eleven");
                await Expect(sideBySide).ToContainTextAsync("half past nine");
                await Expect(sideBySide).ToContainTextAsync("Tristan Eddy");
                await Screenshots.SaveAsync(first.Page, "newsroom-story-conflict", Viewport.Desktop);

                const string settled = "The ferry runs every hour.\n\nThe last boat leaves at eleven, or half past nine in winter.\n\nTickets cost four pounds.";
                await first.SetBodyMarkdownAsync(settled);
                await first.SaveAsync();

                await Expect(new NewsroomShell(first.Page).Flash).ToHaveTextAsync("Saved.");
                await Expect(first.Conflict).ToHaveCountAsync(0);
                Assert.Equal(settled, (await StoredBodyAsync(headline)).ReplaceLineEndings("\n"));
            }
        }
    }

    [GeneratedRegex(@"/newsroom/stories/\d+(\?handler=Save)?$")]
    private static partial Regex StoryAddress();

    [GeneratedRegex("Merged with the changes Cador Williams saved at \\d\\d:\\d\\d: both kept\\.|Saved\\.")]
    private static partial Regex MergedOrSaved();
}
