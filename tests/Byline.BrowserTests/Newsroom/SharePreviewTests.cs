using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

/// <summary>The story page's "Share preview" panel: make a link, copy it, a reader without an account opens it, revoke it.</summary>
public sealed class SharePreviewTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    public static TheoryData<string> Screens => ["desktop", "phone"];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task An_author_shares_a_draft_a_reader_opens_it_and_the_author_revokes_it(string screen)
    {
        var viewport = screen == "phone" ? Viewport.Phone : Viewport.Desktop;
        await using var newsroom = await chromium.NewContextAsync(host.BaseAddress, viewport);
        await newsroom.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = host.BaseAddress.GetLeftPart(UriPartial.Authority) });
        var page = await newsroom.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Author, $"Sia Sharer {screen}");
        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.Headline.FillAsync($"The quay wall inquiry, shared from a {screen}");
        await editor.SetBodyMarkdownAsync("The inquiry opens on Monday.\n\n## Who will give evidence");
        await editor.SaveNewAsync();

        var panel = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Share preview" });
        await panel.GetByLabel("Link works for").SelectOptionAsync(new SelectOptionValue { Label = "7 days" });
        await panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Make a preview link" }).ClickAsync();
        var link = panel.GetByLabel("New preview link (copy it now: it is shown only once)");
        await Expect(link).ToHaveAttributeAsync("readonly", "");
        var address = await link.InputValueAsync();
        await panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Copy link" }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Copied" })).ToBeVisibleAsync();
        Assert.Equal(address, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Expect(panel.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await panel.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "newsroom-share-preview-panel", viewport);

        await using var readerContext = await chromium.NewContextAsync(host.BaseAddress, viewport);
        var reader = await readerContext.NewPageAsync();
        var path = new Uri(address).PathAndQuery;
        await reader.GotoAsync(path);
        await Expect(reader.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync($"The quay wall inquiry, shared from a {screen}");
        await Expect(reader.GetByText($"Sia Sharer {screen}", new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Status)).ToContainTextAsync("Preview — not published. This link works until");
        await Screenshots.SaveAsync(reader, "share-preview-reader", viewport);

        await panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Revoke" }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(0);
        var gone = await reader.GotoAsync(path);
        Assert.Equal(410, gone!.Status);
        await Expect(reader.GetByText("This preview link has expired or was withdrawn. Ask the newsroom for a new one.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(reader, "share-preview-gone", viewport);
    }
}
