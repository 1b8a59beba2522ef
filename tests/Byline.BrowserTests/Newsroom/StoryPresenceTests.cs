using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

/// <summary>
/// Two members on one story, each in a browser of their own, at the site's own heartbeat: each sees the other on the
/// editor's "Also here" line within ten seconds, the desk says the story is being edited, and a closed page leaves.
/// </summary>
public sealed class StoryPresenceTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    /// <summary>The default heartbeat is 8 seconds: a member arriving is seen by the next one, with room for a slow machine.</summary>
    private static readonly LocatorAssertionsToContainTextOptions WithinAHeartbeat = new() { Timeout = 12_000 };

    private static ILocator AlsoHere(IPage page) => page.Locator("#story-presence[role=status][aria-live=polite]");

    [Fact]
    public async Task Two_members_on_one_story_see_each_other_and_the_desk_says_it_is_being_edited()
    {
        await using var bensBrowser = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var ben = await bensBrowser.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, ben, NewsroomRole.Author, "Ben Okafor");
        var editor = await StoryEditorPage.OpenNewAsync(ben);
        var headline = $"The lighthouse keeper retires {Guid.NewGuid():N}";
        await editor.Headline.FillAsync(headline);
        await editor.SetBodyMarkdownAsync("After forty years, the last keeper hands over the keys.");
        await editor.SaveNewAsync();
        var storyUrl = ben.Url;
        await Expect(AlsoHere(ben)).ToBeEmptyAsync();

        await using var anasBrowser = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var ana = await anasBrowser.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, ana, NewsroomRole.Editor, "Ana Ruiz");
        await ana.GotoAsync(storyUrl);

        // Ana sees Ben as the page arrives; Ben sees Ana at his page's next heartbeat, without reloading.
        await Expect(AlsoHere(ana)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*Also here: Ben Okafor \(author, since \d\d:\d\d\)\s*$"));
        await Expect(AlsoHere(ben)).ToContainTextAsync("Also here: Ana Ruiz (editor, since ", WithinAHeartbeat);
        await Screenshots.SaveAsync(ben, "story-presence", Viewport.Desktop);
        await ana.SetViewportSizeAsync(Viewport.Phone.Width, Viewport.Phone.Height);
        await Screenshots.SaveAsync(ana, "story-presence", Viewport.Phone);

        // Ben's desk, in another tab, says who is on his draft (not himself).
        var desk = await bensBrowser.NewPageAsync();
        await desk.GotoAsync("/newsroom");
        var item = desk.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Your drafts" })
            .GetByRole(AriaRole.Listitem).Filter(new LocatorFilterOptions { HasText = headline });
        await Expect(item.GetByText("being edited by")).ToHaveTextAsync("being edited by Ana Ruiz");
        var now = desk.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Being edited now" })
            .GetByRole(AriaRole.Listitem).Filter(new LocatorFilterOptions { HasText = headline });
        await Expect(now.GetByText("being edited by")).ToHaveTextAsync("being edited by Ana Ruiz");
        await Screenshots.SaveAsync(desk, "desk-presence", Viewport.Desktop);

        // Ana closes her tab: her page says so as it goes, and Ben's line empties at his next heartbeat.
        await ana.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        await Expect(AlsoHere(ben)).ToBeEmptyAsync(new LocatorAssertionsToBeEmptyOptions { Timeout = 12_000 });
    }
}
