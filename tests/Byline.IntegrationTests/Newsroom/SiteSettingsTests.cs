using System.Net;
using System.Xml.Linq;
using Byline.Accounts;
using Byline.Content;
using Byline.IntegrationTests.Comments;
using Byline.Media;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

public sealed class SiteSettingsTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string Settings = "/newsroom/settings";
    private const string SettingsForm = "form.nr-settings";
    private readonly HttpClient _reader = host.CreateReader();

    /// <summary>The settings form as the admin's browser has it, ready to post back.</summary>
    private static Task<BrowserForm> FormAsync(NewsroomSession admin) =>
        admin.Client.ReadFormAsync(Settings, SettingsForm);

    private static async Task<HttpResponseMessage> SaveAsync(NewsroomSession admin, params (string Field, string Value)[] changes)
    {
        var form = await FormAsync(admin);
        foreach (var (field, value) in changes)
        {
            form.Set(field, value);
        }
        return await form.PostAsync(admin.Client, Settings);
    }

    private async Task<string> ReadAsync(string path)
    {
        using var response = await _reader.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A published story of the test's own, so that its dates are known.</summary>
    private Task<string> PublishStoryAsync(string headline, DateTimeOffset publishedAt) =>
        host.WithDatabaseAsync(async db =>
        {
            var section = await db.Sections.OrderBy(s => s.Id).FirstAsync(TestContext.Current.CancellationToken);
            var story = new Article
            {
                Headline = headline, Slug = $"story-{Guid.NewGuid():N}", Section = section, BodyHtml = "<p>Made for a test.</p>",
                Status = ArticleStatus.Published, CreatedAt = publishedAt.AddHours(-1), PublishedAt = publishedAt,
            };
            db.AllArticles.Add(story);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return story.Slug;
        });

    private Task<SiteSettings?> SavedAsync() =>
        host.WithDatabaseAsync(db => db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task An_admin_changes_the_title_and_the_front_page_a_story_and_the_feed_show_it_at_once()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var story = await host.PathOfAsync(Stories.Footbridge);
        // Fill the public cache first: the change must reach pages that were already cached.
        var oldTitle = Html.Parse(await ReadAsync("/")).QuerySelector(".masthead__brand")!.TextContent.Trim();
        await ReadAsync(story);
        await ReadAsync("/feed");
        var newTitle = $"The Larkhaven Ledger {Guid.NewGuid():N}"[..28];

        using var response = await SaveAsync(admin, ("Title", newTitle));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var front = Html.Parse(await ReadAsync("/"));
        Assert.Equal(newTitle, front.QuerySelector(".masthead__brand")!.TextContent.Trim());
        Assert.Equal(newTitle, front.Title);
        var article = Html.Parse(await ReadAsync(story));
        Assert.EndsWith($"· {newTitle}", article.Title, StringComparison.Ordinal);
        Assert.Equal(newTitle, article.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content"));
        var rss = XDocument.Parse(await ReadAsync("/feed"));
        Assert.Equal(newTitle, rss.Root!.Element("channel")!.Element("title")!.Value);
        Assert.Equal(newTitle, front.QuerySelector(".site-footer__brand")!.TextContent.Trim());
        Assert.NotEqual(oldTitle, newTitle);
    }

    [Fact]
    public async Task A_settings_change_is_audited_with_what_changed()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var before = (await FormAsync(admin))["Description"];
        var description = $"Independent news for Larkhaven and the Wren estuary. {Guid.NewGuid():N}";

        using var response = await SaveAsync(admin, ("Description", description));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.ActorId == admin.User.Id && e.Action == AuditActions.SettingsChanged)
            .SingleAsync(TestContext.Current.CancellationToken));
        Assert.Contains($"description “{before}", entry.Details, StringComparison.Ordinal);
        Assert.Contains("→", entry.Details, StringComparison.Ordinal);
        Assert.Contains(description[..40], entry.Details, StringComparison.Ordinal);
        Assert.Equal(description, (await SavedAsync())!.Description);
        var front = Html.Parse(await ReadAsync("/"));
        Assert.Equal(description, front.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_time_zone_change_moves_the_times_shown_on_a_story()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        await SaveAsync(admin, ("TimeZone", "UTC"));
        var slug = await PublishStoryAsync("Tide tables move to the harbour office", new DateTimeOffset(2026, 3, 10, 9, 30, 0, TimeSpan.Zero));
        var path = await host.PathOfAsync(slug);
        var inUtc = Html.Parse(await ReadAsync(path)).QuerySelectorAll("time").Select(t => t.TextContent).ToList();
        Assert.Contains("10 March 2026, 09:30", inUtc);

        using var response = await SaveAsync(admin, ("TimeZone", "Asia/Tokyo"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        try
        {
            var page = Html.Parse(await ReadAsync(path));
            var shown = page.QuerySelectorAll("time").Select(t => t.TextContent).ToList();
            Assert.Contains("10 March 2026, 18:30", shown);
            Assert.DoesNotContain("10 March 2026, 09:30", shown);
            Assert.Equal("Asia/Tokyo", (await SavedAsync())!.TimeZone);
        }
        finally
        {
            await SaveAsync(admin, ("TimeZone", "UTC"));
        }
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("../../etc/passwd")]
    public async Task An_unknown_time_zone_is_refused_with_a_message_and_nothing_is_saved(string zone)
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var before = await SavedAsync();

        using var response = await SaveAsync(admin, ("TimeZone", zone), ("Title", "Not saved"));
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = page.GetElementById("TimeZone-error")!.TextContent;
        Assert.Contains(zone.Length == 0 ? "Choose the time zone" : "is not a time zone this server knows", error, StringComparison.Ordinal);
        Assert.Equal("Not saved", page.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        var after = await SavedAsync();
        Assert.Equal(before?.Version, after?.Version);
        Assert.NotEqual("Not saved", after?.Title);
    }

    [Fact]
    public async Task Closed_comments_hide_the_form_on_stories_and_refuse_posts()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        await SaveAsync(admin, ("CommentPolicy", nameof(CommentPolicy.Open)));
        var path = await host.PathOfAsync(Stories.PortRecord);
        var form = await CommentForm.ReadAsync(_reader, path);

        using var closed = await SaveAsync(admin, ("CommentPolicy", nameof(CommentPolicy.Closed)));
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
            var page = Html.Parse(await ReadAsync(path));
            Assert.Null(page.QuerySelector("form#leave-a-comment"));
            Assert.NotNull(page.QuerySelector(".comments__closed"));

            var body = $"Posted after the comments closed {Guid.NewGuid():N}";
            using var request = form.Post("Nell Harrow", "nell@example.org", null, body);
            using var posted = await _reader.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
            Assert.Contains("Comments are closed", await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.False(await host.WithDatabaseAsync(db => db.Comments.AnyAsync(c => c.Body == body, TestContext.Current.CancellationToken)));
        }
        finally
        {
            await SaveAsync(admin, ("CommentPolicy", nameof(CommentPolicy.Open)));
        }
        Assert.NotNull(Html.Parse(await ReadAsync(path)).QuerySelector("form#leave-a-comment"));
    }

    [Fact]
    public async Task Comments_can_close_a_number_of_days_after_publication()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var slug = await PublishStoryAsync("Lifeboat crew trains on the estuary", DateTimeOffset.UtcNow.AddDays(-5));
        var path = await host.PathOfAsync(slug);

        using var shortWindow = await SaveAsync(admin, ("CommentPolicy", nameof(CommentPolicy.ClosedAfterDays)), ("CommentDays", "1"));
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, shortWindow.StatusCode);
            Assert.Null(Html.Parse(await ReadAsync(path)).QuerySelector("form#leave-a-comment"));

            using var longWindow = await SaveAsync(admin, ("CommentPolicy", nameof(CommentPolicy.ClosedAfterDays)), ("CommentDays", "3650"));
            Assert.Equal(HttpStatusCode.Redirect, longWindow.StatusCode);
            Assert.NotNull(Html.Parse(await ReadAsync(path)).QuerySelector("form#leave-a-comment"));
            var saved = (await SavedAsync())!;
            Assert.Equal((CommentPolicy.ClosedAfterDays, 3650), (saved.CommentPolicy, saved.CommentDays));
        }
        finally
        {
            await SaveAsync(admin, ("CommentPolicy", nameof(CommentPolicy.Open)));
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3651")]
    [InlineData("")]
    [InlineData("two weeks")]
    public async Task A_number_of_days_outside_1_to_3650_is_refused(string days)
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);

        using var response = await SaveAsync(admin, ("CommentPolicy", nameof(CommentPolicy.ClosedAfterDays)), ("CommentDays", days));
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from 1 to 3650", page.GetElementById("CommentDays-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_over_a_newer_version_is_refused_with_a_clear_message()
    {
        using var first = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var second = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var stale = await FormAsync(second);
        using var saved = await SaveAsync(first, ("Title", "Saved first"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var conflict = await stale.Set("Title", "Saved second").PostAsync(second.Client, Settings);
        var page = Html.Parse(await conflict.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Someone saved the settings while you were editing them", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Saved second", page.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.Equal("Saved first", (await SavedAsync())!.Title);

        // Saving the form again, now based on the newer version, deliberately replaces it.
        using var resaved = await BrowserForm.Read(page, SettingsForm).PostAsync(second.Client, Settings);
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        Assert.Equal("Saved second", (await SavedAsync())!.Title);
    }

    [Fact]
    public async Task A_logo_from_the_media_library_appears_in_the_masthead_with_the_title_as_its_text()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var logo = await host.WithDatabaseAsync(async db =>
        {
            var item = new MediaItem
            {
                StorageKey = $"logo-{Guid.NewGuid():N}", OriginalFileName = "ledger-logo.png", ContentType = "image/png",
                Width = 800, Height = 200, ByteSize = 12_000, VariantWidths = "320,640", AltText = "The Ledger's masthead", UploadedAt = DateTimeOffset.UtcNow,
            };
            db.MediaItems.Add(item);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return item;
        });
        var title = (await FormAsync(admin))["Title"];

        using var response = await SaveAsync(admin, ("LogoId", logo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var image = Html.Parse(await ReadAsync("/")).QuerySelector(".masthead__brand img")!;
            Assert.Equal(title, image.GetAttribute("alt"));
            Assert.Equal(("160", "40"), (image.GetAttribute("width"), image.GetAttribute("height")));
            Assert.Equal(MediaUrls.Variant(logo, 320, "jpg"), image.GetAttribute("src"));
        }
        finally
        {
            await SaveAsync(admin, ("LogoId", ""));
        }
        var brand = Html.Parse(await ReadAsync("/")).QuerySelector(".masthead__brand")!;
        Assert.Null(brand.QuerySelector("img"));
        Assert.Equal(title, brand.TextContent.Trim());
    }

    [Fact]
    public async Task A_logo_that_is_not_in_the_media_library_is_refused()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);

        using var response = await SaveAsync(admin, ("LogoId", "987654"));
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no longer in the media library", page.GetElementById("LogoId-error")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NewsroomRole.Editor)]
    [InlineData(NewsroomRole.Author)]
    [InlineData(NewsroomRole.Contributor)]
    public async Task A_member_who_is_not_an_admin_gets_403_for_the_settings_page_and_its_form(NewsroomRole role)
    {
        using var member = await NewsroomSession.SignInAsync(host, role);
        var before = await SavedAsync();

        using var page = await member.Client.GetAsync(new Uri(Settings, UriKind.Relative), TestContext.Current.CancellationToken);
        // Refused before the form is even read: no antiforgery token is needed to be told no.
        using var fields = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Title"] = "Taken over",
            ["TimeZone"] = "UTC",
            ["CommentPolicy"] = nameof(CommentPolicy.Closed),
            ["Version"] = (before?.Version ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var post = await member.Client.PostAsync(new Uri(Settings, UriKind.Relative), fields, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.NotEqual("Taken over", (await SavedAsync())?.Title);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        using var client = NewsroomSession.CreateClient(host);
        using var response = await client.GetAsync(new Uri(Settings, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/newsroom/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
