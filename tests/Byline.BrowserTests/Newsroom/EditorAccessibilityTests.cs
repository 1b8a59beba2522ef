using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Newsroom;

/// <summary>
/// The newsroom's editor screens checked by axe-core in Chromium, in the light and the dark colour scheme, at a laptop's
/// and a phone's width: the new-story page, a draft's page with the editor running, and a published story's page.
/// </summary>
public sealed class EditorAccessibilityTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    public static TheoryData<string, string> Screens() => new()
    {
        { "light", "desktop" },
        { "dark", "desktop" },
        { "light", "phone" },
        { "dark", "phone" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_editor_screens_have_no_axe_violations(string scheme, string width)
    {
        var viewport = width == "phone" ? Viewport.Phone : Viewport.Desktop;
        await using var context = await chromium.NewContextAsync(
            host.BaseAddress, viewport, colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var page = await context.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Editor, "Ada Axe");

        var editor = await StoryEditorPage.OpenNewAsync(page);
        await AssertNoViolationsAsync(page, $"new story ({scheme}, {width})");

        // Each case saves its own story in the class's one site, so each headline (and so its slug) is its own.
        await editor.Headline.FillAsync($"Ferry timetable changes for the winter ({scheme}, {width})");
        await editor.Standfirst.FillAsync("Fewer crossings on weekday evenings from December, the operator says.");
        await editor.SetBodyMarkdownAsync("The last evening crossing leaves at **19:40**.\n\n## What changes\n\n- Weekdays: four crossings\n- Weekends: unchanged\n");
        await editor.SaveNewAsync();
        await AssertNoViolationsAsync(page, $"draft ({scheme}, {width})");

        await editor.WorkflowButton("Publish now").ClickAsync();
        await editor.ViewOnTheSite.WaitForAsync();
        await AssertNoViolationsAsync(page, $"published story ({scheme}, {width})");
    }

    private static async Task AssertNoViolationsAsync(IPage page, string screen)
    {
        AxeResult result = await page.RunAxe();
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe found on the {screen} page:\n{string.Join("\n", violations)}");
    }
}
