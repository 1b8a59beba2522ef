using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;

namespace Byline.BrowserTests.Newsroom;

public sealed class NewsroomLayoutTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private static readonly (string Path, string Name)[] AdminPages =
    [
        ("/newsroom", "newsroom-desk"),
        ("/newsroom/stories", "newsroom-stories"),
        ("/newsroom/stories/new", "newsroom-stories-new"),
        ("/newsroom/media", "newsroom-media"),
        ("/newsroom/comments", "newsroom-comments"),
        ("/newsroom/people", "newsroom-people"),
        ("/newsroom/settings", "newsroom-settings"),
        ("/newsroom/audit", "newsroom-audit"),
    ];

    /// <summary>
    /// Every page is checked and photographed at both widths before the test judges, so one bad page does not hide
    /// the others; the phone is what the test is about, and the laptop must not scroll sideways either.
    /// </summary>
    [Fact]
    public async Task The_newsroom_pages_work_on_a_phone_without_horizontal_scroll()
    {
        var problems = new List<string>();
        foreach (var viewport in new[] { Viewport.Phone, Viewport.Desktop })
        {
            await using var context = await chromium.NewContextAsync(host.BaseAddress, viewport);
            var page = await context.NewPageAsync();
            await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Admin, "Ines Admin");
            var shell = new NewsroomShell(page);
            foreach (var (path, name) in AdminPages)
            {
                var response = await page.GotoAsync(path);
                await Screenshots.SaveAsync(page, name, viewport);
                if (response?.Status != 200)
                {
                    problems.Add($"{path} at {viewport.Width} px answered {response?.Status}.");
                    continue;
                }
                var headings = await shell.PageHeadings.CountAsync();
                if (headings != 1)
                {
                    problems.Add($"{path} at {viewport.Width} px has {headings} h1 headings.");
                }
                var scrollWidth = await shell.DocumentScrollWidthAsync();
                if (scrollWidth > viewport.Width + 1)
                {
                    problems.Add($"{path} is {scrollWidth} px wide in a {viewport.Width} px window.");
                }
            }
        }
        Assert.Empty(problems);
    }
}
