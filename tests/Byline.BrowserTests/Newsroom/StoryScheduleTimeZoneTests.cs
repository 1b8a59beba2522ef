using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

/// <summary>A site in Tokyo: the schedule field is in the site's zone, and the same moment is shown in UTC beside it.</summary>
public sealed class StoryScheduleTimeZoneTests(StoryScheduleTimeZoneTests.TokyoHost host, Chromium chromium) : IClassFixture<StoryScheduleTimeZoneTests.TokyoHost>
{
    public sealed class TokyoHost : BylineHost
    {
        public TokyoHost() => With("Byline:Site:TimeZone", "Asia/Tokyo");
    }

    [Fact]
    public async Task The_schedule_shows_the_site_s_zone_and_the_same_moment_in_UTC_as_the_time_changes()
    {
        await using var newsroom = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await newsroom.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Editor, "Tomo Editor");
        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.Headline.FillAsync("Night ferry to the islands resumes");
        await editor.SetBodyMarkdownAsync("The night ferry sails again from Friday.");
        await editor.SaveNewAsync();

        var publishAt = page.GetByLabel("Publish at (Asia/Tokyo)");
        await publishAt.FillAsync("2026-12-24T09:30");

        var elsewhere = page.Locator("#publish-at-elsewhere");
        await Expect(elsewhere).ToContainTextAsync("UTC: ");
        await Expect(elsewhere).ToContainTextAsync("24 Dec");
        await Expect(elsewhere).ToContainTextAsync("00:30");
        await publishAt.FillAsync("2026-12-24T08:15");
        await Expect(elsewhere).ToContainTextAsync("23 Dec");
        await Expect(elsewhere).ToContainTextAsync("23:15");
        await Expect(publishAt).ToHaveAttributeAsync("aria-describedby", "publish-at-elsewhere");
    }
}
