using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Content;
using Byline.Testing;
using Byline.Transfer.WordPress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

/// <summary>
/// Open-and-save as a reporter does it, through the real form in Chromium: every sample story and every story of two
/// WordPress imports, opened in the editor and saved without a change, keeps its stored Markdown and standfirst byte
/// for byte (the browser sends a textarea's lines with CRLF; the editor must not rewrite what it was not asked to).
/// </summary>
public sealed class UntouchedSaveTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private sealed record StoredText(int Id, string Headline, string Body, string Standfirst);

    [Fact]
    public async Task Every_sample_and_imported_story_saved_untouched_keeps_its_markdown_byte_for_byte()
    {
        foreach (var export in new[] { "larkhaven-export.xml", "wordpress-com-export.xml" })
        {
            await using var scope = host.Services.CreateAsyncScope();
            var importer = ActivatorUtilities.CreateInstance<WordPressImporter>(scope.ServiceProvider);
            await importer.ImportAsync(Path.Combine(AppContext.BaseDirectory, "Newsroom", "WordPress", export),
                new WordPressImportOptions(null, DryRun: false), Actor.System("Browser tests"), null, TestContext.Current.CancellationToken);
        }
        var stories = await host.WithDatabaseAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Draft || a.Status == ArticleStatus.InReview)
            .OrderBy(a => a.Id)
            .Select(a => new StoredText(a.Id, a.Headline, a.BodyMarkdown, a.Standfirst))
            .ToListAsync(TestContext.Current.CancellationToken));
        Assert.True(stories.Count >= 20, $"Only {stories.Count} stories to open.");
        Assert.Contains(stories, s => s.Body.Contains('\n', StringComparison.Ordinal) && s.Body.Contains("\n\n", StringComparison.Ordinal));

        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Admin, "Una Untouched");
        var editor = new StoryEditorPage(page);
        foreach (var story in stories)
        {
            await page.GotoAsync($"/newsroom/stories/{story.Id}");
            await editor.RichBody.WaitForAsync();
            await editor.SaveButton.ClickAsync();
            await Expect(new NewsroomShell(page).Flash).ToBeVisibleAsync();

            var saved = await host.WithDatabaseAsync(db => db.Articles.AsNoTracking().Where(a => a.Id == story.Id)
                .Select(a => new StoredText(a.Id, a.Headline, a.BodyMarkdown, a.Standfirst))
                .SingleAsync(TestContext.Current.CancellationToken));
            Assert.True(story.Body == saved.Body, $"“{story.Headline}” (story {story.Id}): the body changed on an untouched save.");
            Assert.True(story.Standfirst == saved.Standfirst, $"“{story.Headline}” (story {story.Id}): the standfirst changed on an untouched save.");
        }
    }
}
