using System.Globalization;
using System.Net;
using Byline.Accounts;
using Byline.Comments;
using Byline.IntegrationTests.Comments;
using Byline.Notifications;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Notifications;

public sealed class NotificationTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string Inbox = "/newsroom/notifications";

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task A_submitted_story_tells_its_other_people_and_every_active_editor_and_admin_but_never_the_one_who_submitted()
    {
        using var team = await NewsroomTeam.StartAsync(host, "Submitted: the harbour lights survey");

        await team.MoveAsync(team.Contributor, "Submit");

        await team.AssertToldAsync(NotificationKind.StorySubmitted, team.CoAuthor, team.Editor, team.Admin);
        var note = await host.WithDatabaseAsync(db => db.Notifications.AsNoTracking()
            .SingleAsync(n => n.ArticleId == team.StoryId && n.RecipientUserId == team.Editor.User.Id, TestContext.Current.CancellationToken));
        Assert.Equal("Ines Contributor", note.ActorName);
        Assert.Equal("Ines Contributor submitted “Submitted: the harbour lights survey” for review", note.Text);
        Assert.Equal($"/newsroom/stories/{team.StoryId}", note.Link);
    }

    [Fact]
    public async Task A_story_sent_back_from_review_tells_its_people_but_not_the_editor_who_sent_it()
    {
        using var team = await NewsroomTeam.StartAsync(host, "Sent back: the tram depot noise");
        await team.MoveAsync(team.Contributor, "Submit");

        await team.MoveAsync(team.Editor, "ReturnToDraft");

        await team.AssertToldAsync(NotificationKind.StorySentBack, team.Contributor, team.CoAuthor);
    }

    [Fact]
    public async Task A_scheduled_story_tells_its_people_with_the_time_in_the_sites_time_zone()
    {
        using var team = await NewsroomTeam.StartAsync(host, "Scheduled: the new ferry timetable");
        await team.MoveAsync(team.Contributor, "Submit");
        var goLive = DateTimeOffset.UtcNow.AddDays(2);

        await team.MoveAsync(team.Editor, "Schedule", goLive);

        await team.AssertToldAsync(NotificationKind.StoryScheduled, team.Contributor, team.CoAuthor);
        var text = await host.WithDatabaseAsync(db => db.Notifications.Where(n => n.ArticleId == team.StoryId && n.Kind == NotificationKind.StoryScheduled)
            .Select(n => n.Text).FirstAsync(TestContext.Current.CancellationToken));
        var shown = host.Services.GetRequiredService<Byline.Site.SiteTime>().DateAndTime(new DateTimeOffset(goLive.Year, goLive.Month, goLive.Day, goLive.Hour, goLive.Minute, 0, TimeSpan.Zero));
        Assert.EndsWith($"for {shown}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_published_by_a_member_tells_its_people_but_not_the_publisher()
    {
        using var team = await NewsroomTeam.StartAsync(host, "Published: the lighthouse reopens");
        await team.MoveAsync(team.Contributor, "Submit");

        await team.MoveAsync(team.Editor, "Publish");

        await team.AssertToldAsync(NotificationKind.StoryPublished, team.Contributor, team.CoAuthor);
        // Taking it down again is not news anyone is told of.
        await team.MoveAsync(team.Editor, "Unpublish");
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Notifications.CountAsync(
            n => n.ArticleId == team.StoryId && n.Kind != NotificationKind.StoryPublished && n.Kind != NotificationKind.StorySubmitted, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_correction_tells_the_storys_people_but_not_the_editor_who_wrote_it()
    {
        using var team = await NewsroomTeam.StartAsync(host, "Corrected: the quay wall repairs");
        await team.MoveAsync(team.Editor, "Publish");

        using var response = await team.Editor.Client.PostFormAsync($"/newsroom/stories/{team.StoryId}?handler=Correct",
            new Dictionary<string, string> { ["CorrectionText"] = "The repairs cost £2m, not £20m." }, $"/newsroom/stories/{team.StoryId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await team.AssertToldAsync(NotificationKind.StoryCorrected, team.Contributor, team.CoAuthor);
    }

    [Fact]
    public async Task A_comment_held_for_moderation_tells_the_storys_people_by_the_commenters_name_and_never_their_email()
    {
        using var team = await NewsroomTeam.StartAsync(host, "Commented: the seawall vote");
        await team.MoveAsync(team.Editor, "Publish");
        var story = await host.WithDatabaseAsync(db => db.Articles.Include(a => a.Section).AsNoTracking()
            .SingleAsync(a => a.Id == team.StoryId, TestContext.Current.CancellationToken));
        var path = host.Services.GetRequiredService<Byline.Site.SiteUrls>().Article(story.Section.Slug, story.PublishedAt!.Value, story.Slug);
        using var reader = host.CreateReader();
        var form = await CommentForm.ReadAsync(reader, path);
        var email = $"first-timer-{Guid.NewGuid():N}@example.net";

        using (var request = form.Post("Rosalind Quay", email, null, "The seawall vote should wait for the survey."))
        using (var posted = await reader.SendAsync(request, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        }

        Assert.Equal(CommentStatus.Pending, await host.WithDatabaseAsync(db => db.Comments.Where(c => c.ArticleId == team.StoryId)
            .Select(c => c.Status).SingleAsync(TestContext.Current.CancellationToken)));
        await team.AssertToldAsync(NotificationKind.CommentHeld, team.Contributor, team.CoAuthor);
        var notes = await host.WithDatabaseAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.ArticleId == team.StoryId && n.Kind == NotificationKind.CommentHeld).ToListAsync(TestContext.Current.CancellationToken));
        Assert.All(notes, n =>
        {
            Assert.Equal("Comment form", n.ActorName);
            Assert.Contains("Rosalind Quay", n.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(email, n.Text + n.ActorName + n.Link, StringComparison.OrdinalIgnoreCase);
        });
        var page = await team.CoAuthor.Client.GetDocumentAsync(Inbox);
        Assert.DoesNotContain(email, page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_contributor_an_author_an_editor_and_an_admin_each_see_exactly_their_own_notifications()
    {
        using var team = await NewsroomTeam.StartAsync(host, "Own lists: the allotment waiting list");
        await team.MoveAsync(team.Contributor, "Submit");
        await team.MoveAsync(team.Editor, "ReturnToDraft");

        foreach (var member in new[] { team.Contributor, team.CoAuthor, team.Editor, team.Admin })
        {
            var own = await host.WithDatabaseAsync(db => db.Notifications.Where(n => n.RecipientUserId == member.User.Id)
                .OrderByDescending(n => n.Id).Select(n => n.Id).ToListAsync(TestContext.Current.CancellationToken));
            Assert.NotEmpty(own);
            var page = await member.Client.GetDocumentAsync(Inbox);
            var shown = page.QuerySelectorAll("[data-notification]")
                .Select(li => long.Parse(li.GetAttribute("data-notification")!, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(own, shown);
        }
        var coAuthorPage = await team.CoAuthor.Client.GetDocumentAsync(Inbox);
        var newest = coAuthorPage.QuerySelector("[data-notification]")!;
        Assert.Contains("nr-notification--unread", newest.ClassName, StringComparison.Ordinal);
        Assert.Contains("Unread", newest.TextContent, StringComparison.Ordinal);
        Assert.Contains("Esme Editor sent “Own lists: the allotment waiting list” back to draft", newest.TextContent, StringComparison.Ordinal);
        Assert.NotNull(newest.QuerySelector("time[datetime]"));
    }

    [Fact]
    public async Task The_header_counts_unread_notifications_and_mark_all_as_read_clears_only_the_members_own()
    {
        using var team = await NewsroomTeam.StartAsync(host, "Counted: the bus lane trial");
        await team.MoveAsync(team.Contributor, "Submit");
        await team.MoveAsync(team.Editor, "ReturnToDraft");

        var desk = await team.CoAuthor.Client.GetDocumentAsync("/newsroom");
        var bell = desk.QuerySelector("a.nr-bell")!;
        Assert.Equal("Notifications, 2 unread", bell.GetAttribute("aria-label"));
        Assert.Equal("2", bell.QuerySelector(".nr-bell__count")!.TextContent);

        var list = await team.CoAuthor.Client.GetDocumentAsync(Inbox);
        using (var marked = await BrowserForm.Read(list, $"form[action='{Inbox}?handler=ReadAll']").PostAsync(team.CoAuthor.Client, $"{Inbox}?handler=ReadAll"))
        {
            Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        }

        var after = await team.CoAuthor.Client.GetDocumentAsync(Inbox);
        Assert.Equal("Notifications", after.QuerySelector("a.nr-bell")!.GetAttribute("aria-label"));
        Assert.Null(after.QuerySelector(".nr-bell__count"));
        Assert.Empty(after.QuerySelectorAll(".nr-notification--unread"));
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Notifications.CountAsync(n => n.RecipientUserId == team.CoAuthor.User.Id && n.ReadAt == null, TestContext.Current.CancellationToken)));
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Notifications.CountAsync(n => n.RecipientUserId == team.Contributor.User.Id && n.ReadAt == null, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Opening_a_notification_marks_it_read_and_goes_to_its_story()
    {
        using var team = await NewsroomTeam.StartAsync(host, "Opened: the market hall roof");
        await team.MoveAsync(team.Contributor, "Submit");
        var list = await team.CoAuthor.Client.GetDocumentAsync(Inbox);
        var id = list.QuerySelector("[data-notification]")!.GetAttribute("data-notification")!;

        using var opened = await BrowserForm.Read(list, $"[data-notification='{id}'] form").PostAsync(team.CoAuthor.Client, $"{Inbox}?handler=Open");

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/newsroom/stories/{team.StoryId}", opened.Headers.Location!.OriginalString);
        Assert.True(await host.WithDatabaseAsync(db => db.Notifications.AnyAsync(n => n.Id == long.Parse(id, CultureInfo.InvariantCulture) && n.ReadAt != null, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Opening_another_members_notification_answers_404_and_leaves_it_unread()
    {
        using var team = await NewsroomTeam.StartAsync(host, "Foreign: the canal dredging");
        await team.MoveAsync(team.Contributor, "Submit");
        var editorsId = await host.WithDatabaseAsync(db => db.Notifications.Where(n => n.RecipientUserId == team.Editor.User.Id && n.ArticleId == team.StoryId)
            .Select(n => n.Id).SingleAsync(TestContext.Current.CancellationToken));

        using var refused = await team.Bystander.Client.PostFormAsync($"{Inbox}?handler=Open",
            new Dictionary<string, string> { ["id"] = editorsId.ToString(CultureInfo.InvariantCulture) }, Inbox);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.True(await host.WithDatabaseAsync(db => db.Notifications.AnyAsync(n => n.Id == editorsId && n.ReadAt == null, TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData("//evil.example.org/newsroom/x")]
    [InlineData("https://evil.example.org/newsroom/")]
    [InlineData("/newsroom//evil.example.org")]
    [InlineData("/newsroom/\\evil.example.org")]
    [InlineData("/elsewhere")]
    public async Task A_notification_whose_link_leaves_the_newsroom_is_never_followed(string link)
    {
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var id = await host.WithDatabaseAsync(async db =>
        {
            var note = new Notification { RecipientUserId = member.User.Id, Kind = NotificationKind.Mentioned, ActorName = "Someone", Text = "A strange link", Link = link, CreatedAt = DateTimeOffset.UtcNow };
            db.Notifications.Add(note);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return note.Id;
        });

        using var response = await member.Client.PostFormAsync($"{Inbox}?handler=Open",
            new Dictionary<string, string> { ["id"] = id.ToString(CultureInfo.InvariantCulture) }, Inbox);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Inbox, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_list_shows_thirty_a_page_newest_first_and_refuses_a_page_that_is_not_a_number()
    {
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        await host.WithDatabaseAsync(async db =>
        {
            for (var i = 1; i <= 31; i++)
            {
                db.Notifications.Add(new Notification { RecipientUserId = member.User.Id, Kind = NotificationKind.Mentioned, ActorName = "Someone", Text = $"Note {i}", Link = "/newsroom", CreatedAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            }
            return 0;
        });

        var first = await member.Client.GetDocumentAsync(Inbox);
        Assert.Equal(30, first.QuerySelectorAll("[data-notification]").Length);
        Assert.Equal("Unread Note 31", Words(first.QuerySelector(".nr-notification__text")!.TextContent));
        Assert.Equal($"{Inbox}?page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var second = await member.Client.GetDocumentAsync($"{Inbox}?page=2");
        Assert.Equal("Unread Note 1", Words(Assert.Single(second.QuerySelectorAll(".nr-notification__text")).TextContent));

        using var bad = await member.Client.GetAsync(new Uri($"{Inbox}?page=zero", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("is not a page number", await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_cannot_mark_anything_read()
    {
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        await host.WithDatabaseAsync(async db =>
        {
            db.Notifications.Add(new Notification { RecipientUserId = member.User.Id, Kind = NotificationKind.Mentioned, ActorName = "Someone", Text = "Unread for now", Link = "/newsroom", CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        using var anonymous = NewsroomSession.CreateClient(host);

        using var page = await anonymous.GetAsync(new Uri(Inbox, UriKind.Relative), TestContext.Current.CancellationToken);
        using var readAll = await anonymous.PostAsync(new Uri($"{Inbox}?handler=ReadAll", UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/newsroom/sign-in", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, readAll.StatusCode);
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Notifications.CountAsync(n => n.RecipientUserId == member.User.Id && n.ReadAt == null, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Email_choices_start_off_are_saved_and_shown_again_and_the_page_says_the_site_sends_no_email_yet()
    {
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var account = await member.Client.GetDocumentAsync("/newsroom/account");
        Assert.Equal(NotificationKinds.All.Count, account.QuerySelectorAll("input[name=ByEmail]").Length);
        Assert.Empty(account.QuerySelectorAll("input[name=ByEmail]:checked"));
        Assert.Contains("This site does not send email yet; an admin sets Byline:Email to turn it on.", account.QuerySelector("[data-email-off]")!.TextContent, StringComparison.Ordinal);
        foreach (var box in account.QuerySelectorAll("input[name=ByEmail]"))
        {
            Assert.NotNull(account.QuerySelector($"label[for='{box.Id}']"));
        }

        // The member ticks two boxes.
        account.GetElementById("email-StorySentBack")!.SetAttribute("checked", "");
        account.GetElementById("email-CommentHeld")!.SetAttribute("checked", "");
        using (var saved = await BrowserForm.Read(account, "form[action='/newsroom/account?handler=Notifications']")
            .PostAsync(member.Client, "/newsroom/account?handler=Notifications"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var again = await member.Client.GetDocumentAsync("/newsroom/account");
        Assert.Equal(["CommentHeld", "StorySentBack"], again.QuerySelectorAll("input[name=ByEmail]:checked").Select(i => i.GetAttribute("value")!).Order(StringComparer.Ordinal));
        Assert.Equal(2, await host.WithDatabaseAsync(db => db.NotificationPreferences.CountAsync(p => p.UserId == member.User.Id && p.ByEmail, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_forged_email_choice_is_refused_with_a_message_and_nothing_is_stored()
    {
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);

        using var refused = await member.Client.PostFormAsync("/newsroom/account?handler=Notifications",
            new Dictionary<string, string> { ["ByEmail"] = "7" }, "/newsroom/account");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Choose among the kinds of notification listed.", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False(await host.WithDatabaseAsync(db => db.NotificationPreferences.AnyAsync(p => p.UserId == member.User.Id, TestContext.Current.CancellationToken)));
    }
}
