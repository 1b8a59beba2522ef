using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

/// <summary>The story form with JavaScript off: every setting is there, on a phone too, and authors are added by name.</summary>
public sealed class StorySettingsWithoutScriptTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_javascript_on_a_phone_the_settings_are_open_nothing_overflows_and_an_author_added_by_name_is_saved()
    {
        const string headline = "Harbour lights switched on for the season";
        var colleague = await host.WithDatabaseAsync(async db =>
        {
            var person = new Person { Name = "Rosalind Byname", Slug = "rosalind-byname" };
            db.People.Add(person);
            await db.SaveChangesAsync(Cancel);
            return person.Id;
        });
        await using var newsroom = await chromium.NewContextAsync(host.BaseAddress, Viewport.Phone, javaScriptEnabled: false);
        var page = await newsroom.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Editor, "Noel Noscript");
        var editor = await StoryEditorPage.OpenNewAsync(page);

        await Expect(page.Locator("#story-settings")).ToHaveAttributeAsync("open", "");
        await Expect(page.GetByLabel("Add authors by name")).ToBeVisibleAsync();
        await Expect(editor.SearchResultPreview).ToBeHiddenAsync();
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a window of {widths[1]} px.");
        await Screenshots.SaveAsync(page, "newsroom-story-new-without-script", Viewport.Phone);

        await editor.Headline.FillAsync(headline);
        await editor.Body.FillAsync("The lights came on at dusk.");
        await page.GetByLabel("Add authors by name").FillAsync("rosalind byname");
        await editor.SaveNewAsync();

        var authors = await host.WithDatabaseAsync(async db =>
            (await db.Articles.Include(a => a.Authors).SingleAsync(a => a.Headline == headline, Cancel))
                .Authors.OrderBy(a => a.Position).Select(a => a.PersonId).ToList());
        Assert.Contains(colleague, authors);
        await Expect(page.GetByRole(AriaRole.Listbox, new PageGetByRoleOptions { Name = "Authors" })
            .GetByRole(AriaRole.Option, new LocatorGetByRoleOptions { Name = "Rosalind Byname" })).ToHaveCountAsync(1);
    }
}
