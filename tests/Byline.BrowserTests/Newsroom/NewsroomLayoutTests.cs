using Byline.Accounts;
using Byline.BrowserTests.Pages;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

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
    /// The pages are filled first with what widens them in real use (an image in the library, a pending comment with a
    /// long email and website). Every page is then checked and photographed at both widths before the test judges, so
    /// one bad page does not hide the others; the phone is what the test is about, and the laptop must not scroll
    /// sideways either.
    /// </summary>
    [Fact]
    public async Task The_newsroom_pages_work_on_a_phone_without_horizontal_scroll()
    {
        await PostPendingCommentWithLongAddressesAsync();
        var email = await NewsroomMembersForTests.CreateAsync(host, NewsroomRole.Admin, "Ines Admin");
        var problems = new List<string>();
        foreach (var viewport in new[] { Viewport.Phone, Viewport.Desktop })
        {
            await using var context = await chromium.NewContextAsync(host.BaseAddress, viewport);
            var page = await context.NewPageAsync();
            var signIn = await SignInPage.OpenAsync(page);
            await Screenshots.SaveAsync(page, "newsroom-sign-in", viewport);
            await signIn.SignInAsync(email, NewsroomSession.Password);
            if (viewport == Viewport.Phone)
            {
                var upload = await ImageUploadPage.OpenAsync(page);
                await upload.UploadAsync(TestPhotos.Jpeg("saltmarsh-footbridge-at-low-tide-from-the-north-bank.jpg", 1200, 800),
                    "The Saltmarsh footbridge at low tide, seen from the north bank", "The footbridge before the rebuild.", "Devika Rao");
            }

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

    /// <summary>
    /// Measured in the page: the three story filters start at one height, and in a table row a button's label sits on
    /// the line of the text beside it (cells were top-aligned, so a taller button pushed its label below the text).
    /// </summary>
    [Fact]
    public async Task Filters_line_up_and_a_table_button_sits_on_the_line_of_its_row()
    {
        var email = await NewsroomMembersForTests.CreateAsync(host, NewsroomRole.Admin, "Iris Aligner");
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsync(email, NewsroomSession.Password);

        await page.GotoAsync("/newsroom/stories");
        var filterTops = new List<double>();
        foreach (var label in new[] { "Headline", "Status", "Section" })
        {
            var box = await page.GetByRole(AriaRole.Search).GetByText(label, new LocatorGetByTextOptions { Exact = true }).BoundingBoxAsync();
            filterTops.Add(box!.Y);
        }
        Assert.True(filterTops.Max() - filterTops.Min() < 1, $"The filter labels start at {string.Join(", ", filterTops)} px.");

        await page.GotoAsync("/newsroom/people");
        var row = page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Invite" }) }).First;
        var nameBottom = await TextBottomAsync(row.Locator("th, td").First);
        var buttonLabelBottom = await TextBottomAsync(row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Invite" }));
        Assert.True(Math.Abs(nameBottom - buttonLabelBottom) < 3, $"The name's text ends at {nameBottom} px, the button's label at {buttonLabelBottom} px.");
    }

    /// <summary>The bottom of the first line of text inside an element (not of its box, which padding makes taller).</summary>
    private static Task<double> TextBottomAsync(ILocator element) => element.EvaluateAsync<double>(
        """
        element => {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, n => n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP);
            const range = document.createRange();
            range.selectNodeContents(walker.nextNode());
            return range.getClientRects()[0].bottom;
        }
        """);

    private async Task PostPendingCommentWithLongAddressesAsync()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        var article = await (await FrontPage.OpenAsync(page)).FollowLeadStoryAsync();
        await ReaderPace.ReadBeforeCommentingAsync(host);
        await article.CommentForm.FillAsync(
            "Margaret Featherstonehaugh-Cholmondeley",
            "margaret.featherstonehaugh-cholmondeley@larkhaven-harbour-walkers-association.example.org",
            "Our association surveyed the approach paths last spring; the full report is on our website.");
        await article.CommentForm.Website.FillAsync("https://www.larkhaven-harbour-walkers-association.example.org/reports/2026/approach-paths-survey");
        await article.CommentForm.PostAsync();
        await Expect(article.ModerationNotice).ToContainTextAsync("awaits moderation");
    }
}
