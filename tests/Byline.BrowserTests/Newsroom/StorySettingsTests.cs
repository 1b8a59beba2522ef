using System.Text.RegularExpressions;
using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

public sealed class StorySettingsTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reporter_chooses_two_authors_and_creates_a_tag_with_the_keyboard_alone_and_the_saved_story_has_them()
    {
        const string headline = "Lighthouse keepers return to Gannet Rock";
        const string newTag = "Gannet Rock keepers";
        var (first, second) = await host.WithDatabaseAsync(async db =>
        {
            var kestrel = new Person { Name = "Kestrel Amadou", Slug = "kestrel-amadou" };
            var ines = new Person { Name = "Ines Kestrelford", Slug = "ines-kestrelford" };
            db.People.AddRange(kestrel, ines);
            db.Tags.Add(new Tag { Name = "Quayside regeneration", Slug = "quayside-regeneration" });
            await db.SaveChangesAsync(Cancel);
            return (kestrel.Id, ines.Id);
        });
        await using var newsroom = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await newsroom.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Editor, "Lena Keys");
        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.Headline.FillAsync(headline);
        await editor.SetBodyMarkdownAsync("The keepers sailed out on Monday.");

        await editor.AuthorsBox.FocusAsync();
        await page.Keyboard.TypeAsync("kestr");
        await Expect(editor.Suggestion("Kestrel Amadou")).ToBeVisibleAsync();
        await Expect(editor.Suggestion("Ines Kestrelford")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Expect(editor.RemoveButton("Kestrel Amadou")).ToBeVisibleAsync();
        await page.Keyboard.TypeAsync("KESTRELF");
        await Expect(editor.Suggestion("Ines Kestrelford")).ToBeVisibleAsync();
        await Expect(editor.Suggestion("Kestrel Amadou")).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(editor.AuthorsBox).ToHaveAttributeAsync("aria-activedescendant", new Regex(".+"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(editor.RemoveButton("Ines Kestrelford")).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(editor.TagsBox).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("quaysi");
        await Expect(editor.Suggestion("Quayside regeneration")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Expect(editor.RemoveButton("Quayside regeneration")).ToBeVisibleAsync();
        await page.Keyboard.TypeAsync(newTag);
        await Expect(editor.Suggestion($"Create tag “{newTag}”")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Escape");
        await Expect(editor.Suggestion($"Create tag “{newTag}”")).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(editor.Suggestion($"Create tag “{newTag}”")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Expect(editor.RemoveButton(newTag)).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "newsroom-story-settings-chosen", Viewport.Desktop);

        await editor.SaveNewAsync();

        var (authors, tags) = await host.WithDatabaseAsync(async db =>
        {
            var story = await db.Articles.Include(a => a.Authors).Include(a => a.Tags).AsSplitQuery()
                .SingleAsync(a => a.Headline == headline, Cancel);
            return (story.Authors.OrderBy(a => a.Position).Select(a => a.PersonId).ToList(), story.Tags.Select(t => t.Name).Order().ToList());
        });
        Assert.Equal(3, authors.Count);
        Assert.Equal([first, second], authors.Skip(1));
        Assert.Equal([newTag, "Quayside regeneration"], tags);
        await Expect(editor.RemoveButton("Ines Kestrelford")).ToBeVisibleAsync();
        await Expect(editor.RemoveButton(newTag)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_search_result_and_social_card_previews_follow_what_the_reporter_types()
    {
        await using var newsroom = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await newsroom.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Author, "Pia Preview");
        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.SearchAndSocialToggle.ClickAsync();

        await editor.Headline.FillAsync("Ferry timetable changes for the winter");
        await Expect(editor.SearchResultPreview).ToContainTextAsync("Ferry timetable changes for the winter");
        await Expect(editor.SearchResultPreview).ToContainTextAsync(new Regex(@"/\d{4}/\d{2}/\d{2}/ferry-timetable-changes-for-the-winter"));
        await Expect(editor.Slug).ToHaveValueAsync("ferry-timetable-changes-for-the-winter");

        await editor.Standfirst.FillAsync("Two crossings a day are cut from November.");
        await Expect(editor.SearchResultPreview).ToContainTextAsync("Two crossings a day are cut from November.");
        await Expect(editor.SocialCardPreview).ToContainTextAsync("Two crossings a day are cut from November.");

        var longTitle = "Every ferry crossing that changes this winter, and what travellers on the island should do about it";
        await editor.SeoTitle.FillAsync(longTitle);
        var shown = await editor.SearchResultPreview.Locator("[data-preview='search-title']").InnerTextAsync();
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.True(shown.Length <= 60, $"The search title is cut near 60 characters: “{shown}” ({shown.Length}).");
        Assert.StartsWith("Every ferry crossing that changes this winter", shown, StringComparison.Ordinal);
        await Expect(editor.SocialCardPreview).ToContainTextAsync("Every ferry crossing that changes this winter");

        await editor.Slug.FillAsync("winter-ferries");
        await Expect(editor.SearchResultPreview).ToContainTextAsync(new Regex(@"/\d{4}/\d{2}/\d{2}/winter-ferries"));
        await editor.Headline.FillAsync("Ferry timetable changes");
        await Expect(editor.Slug).ToHaveValueAsync("winter-ferries");
        await Screenshots.SaveAsync(page, "newsroom-story-seo-preview", Viewport.Desktop);
    }

    [Fact]
    public async Task The_headline_count_turns_to_a_warning_past_70_characters()
    {
        await using var newsroom = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await newsroom.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Author, "Hal Hint");
        var editor = await StoryEditorPage.OpenNewAsync(page);
        var count = page.Locator("[data-count-for='Draft.Headline']");

        await editor.Headline.FillAsync(new string('a', 42));
        await Expect(count).ToHaveTextAsync("42 / 70");
        await Expect(count).Not.ToHaveClassAsync(new Regex("story-count--over"));

        await editor.Headline.FillAsync(new string('a', 71));
        await Expect(count).ToHaveTextAsync("71 / 70");
        await Expect(count).ToHaveClassAsync(new Regex("story-count--over"));
    }

    [Fact]
    public async Task On_a_phone_nothing_overflows_and_on_a_laptop_the_body_has_room_light_and_dark()
    {
        var email = await NewsroomMembersForTests.CreateAsync(host, NewsroomRole.Editor, "Ola Layout");
        string? storyPath = null;
        var problems = new List<string>();
        foreach (var viewport in new[] { Viewport.Desktop, Viewport.Phone })
        {
            await using var context = await chromium.NewContextAsync(host.BaseAddress, viewport);
            var page = await context.NewPageAsync();
            var signIn = await SignInPage.OpenAsync(page);
            await signIn.SignInAsync(email, NewsroomSession.Password);
            var editor = await StoryEditorPage.OpenNewAsync(page);
            if (storyPath is null)
            {
                await editor.Headline.FillAsync("Storm damage closes the coast path between the two harbours for a month");
                await editor.Standfirst.FillAsync("Rangers say a landslip near the old quarry has left a gap of twenty metres in the path, and a diversion inland adds an hour.");
                await editor.SetBodyMarkdownAsync("The path closed on Tuesday.\n\n## The diversion\n\nWalkers are sent inland.");
                await editor.SaveNewAsync();
                storyPath = new Uri(page.Url).AbsolutePath;
            }
            foreach (var (path, name) in new[] { (StoryEditorPage.NewPath, "newsroom-story-new"), (storyPath, "newsroom-story-edit") })
            {
                await page.GotoAsync(path);
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
                    var suffix = scheme == ColorScheme.Dark ? "-dark" : "";
                    if (viewport == Viewport.Phone)
                    {
                        await Expect(editor.StorySettingsToggle).ToBeVisibleAsync();
                        await Screenshots.SaveAsync(page, $"{name}{suffix}", viewport);
                        await CheckNoOverflowAsync(page, $"{path} at {viewport.Width} px, settings folded", problems);
                        if (await page.Locator("#story-settings[open]").CountAsync() == 0)
                        {
                            await editor.StorySettingsToggle.ClickAsync();
                        }
                        await editor.SearchAndSocialToggle.ClickAsync();
                        await Screenshots.SaveAsync(page, $"{name}-settings-open{suffix}", viewport);
                        await CheckNoOverflowAsync(page, $"{path} at {viewport.Width} px, settings open", problems);
                        await page.ReloadAsync();
                    }
                    else
                    {
                        await Expect(editor.StorySettingsToggle).ToBeHiddenAsync();
                        await Expect(editor.AuthorsBox).ToBeVisibleAsync();
                        var box = await editor.BodyField.BoundingBoxAsync();
                        Assert.NotNull(box);
                        if (box.Width < 700)
                        {
                            problems.Add($"{path}: the body field is {box.Width} px wide at {viewport.Width} px.");
                        }
                        await Screenshots.SaveAsync(page, $"{name}{suffix}", viewport);
                        await CheckNoOverflowAsync(page, $"{path} at {viewport.Width} px", problems);
                    }
                }
            }
        }
        Assert.Empty(problems);
    }

    private static async Task CheckNoOverflowAsync(IPage page, string where, List<string> problems)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] > widths[1])
        {
            problems.Add($"{where}: the page is {widths[0]} px wide in a window of {widths[1]} px.");
        }
    }
}
