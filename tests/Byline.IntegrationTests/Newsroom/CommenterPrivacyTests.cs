using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Byline.Accounts;
using Byline.Comments;
using Byline.Content;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

public sealed class CommenterPrivacyTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string Privacy = "/newsroom/privacy";
    private readonly HttpClient _reader = host.CreateReader();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// One commenter's comments on a story of the test's own, with capitals that vary as people type them, among other
    /// people's: a reply under one of theirs, a comment of theirs replying to someone else, and someone quoting their address.
    /// </summary>
    private sealed record Conversation(string Email, string StoryPath, int ArticleId, List<Comment> Theirs, Comment ReplyToThem, Comment QuotingThem, Comment Unrelated)
    {
        public IEnumerable<string> OtherEmails => [ReplyToThem.AuthorEmail, QuotingThem.AuthorEmail, Unrelated.AuthorEmail];
    }

    private async Task<Conversation> ArrangeAsync()
    {
        var stamp = Guid.NewGuid().ToString("N")[..12];
        var email = $"tess.{stamp}@example.org";
        var article = await host.WithDatabaseAsync(async db =>
        {
            var section = await db.Sections.OrderBy(s => s.Id).FirstAsync(Cancel);
            var story = new Article
            {
                Headline = $"Ferry timetable changes {stamp}", Slug = $"ferry-{stamp}", Section = section, BodyHtml = "<p>Made for a test.</p>",
                Status = ArticleStatus.Published, CreatedAt = DateTimeOffset.UtcNow.AddDays(-2), PublishedAt = DateTimeOffset.UtcNow.AddDays(-1),
            };
            db.AllArticles.Add(story);
            await db.SaveChangesAsync(Cancel);
            return story;
        });
        var start = DateTimeOffset.UtcNow.AddHours(-6);
        Comment Make(string name, string address, CommentStatus status, string body, int minutes) => new()
        {
            ArticleId = article.Id, AuthorName = name, AuthorEmail = address, AuthorWebsite = $"https://{name.Split(' ')[0].ToLowerInvariant()}.example.net",
            Body = body, Status = status, CreatedAt = start.AddMinutes(minutes), ClientHash = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), AvatarSeed = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
        };
        var theirs0 = Make("Tess Harrow", email, CommentStatus.Approved, $"The 7:40 ferry never waits. Write to me at {email.ToUpperInvariant()}.", 0);
        var quoting = Make("Piet Vos", $"piet.{stamp}@example.com", CommentStatus.Approved, $"Tess, I'll write to {email} about the petition.", 5);
        var unrelated = Make("Olive Grant", $"olive.{stamp}@example.com", CommentStatus.Approved, $"Unrelated words {stamp}.", 7);
        await host.WithDatabaseAsync(async db =>
        {
            db.Comments.AddRange(theirs0, quoting, unrelated);
            await db.SaveChangesAsync(Cancel);
            return 0;
        });
        var reply = Make("Orla Finch", $"orla.{stamp}@example.net", CommentStatus.Approved, $"Orla agrees with Tess {stamp}.", 10);
        reply.ParentId = theirs0.Id;
        var theirs1 = Make("Tess H.", $"Tess.{stamp}@Example.ORG", CommentStatus.Approved, $"Thanks Piet {stamp}.", 12);
        theirs1.ParentId = quoting.Id;
        var theirs2 = Make("Tess Harrow", email, CommentStatus.Pending, $"Still waiting {stamp}.", 20);
        theirs2.HoldReason = "Contains the held word “ferry”.";
        var theirs3 = Make("Tess Harrow", email, CommentStatus.Spam, $"Buy cheap ferry tickets {stamp}.", 30);
        await host.WithDatabaseAsync(async db =>
        {
            db.Comments.AddRange(reply, theirs1, theirs2, theirs3);
            await db.SaveChangesAsync(Cancel);
            return 0;
        });
        var path = host.Services.GetRequiredService<SiteUrls>().Article(
            await host.WithDatabaseAsync(db => db.Sections.Where(s => s.Id == article.SectionId).Select(s => s.Slug).SingleAsync(Cancel)),
            article.PublishedAt!.Value, article.Slug);
        return new Conversation(email, path, article.Id, [theirs0, theirs1, theirs2, theirs3], reply, quoting, unrelated);
    }

    private static Task<HttpResponseMessage> PostAsync(NewsroomSession admin, string handler, Dictionary<string, string> fields) =>
        admin.Client.PostFormAsync($"{Privacy}?handler={handler}", fields, Privacy);

    private static async Task<IHtmlDocument> PageOf(HttpResponseMessage response) =>
        Html.Parse(await response.Content.ReadAsStringAsync(Cancel));

    private Task<List<Comment>> CommentsAsync(int articleId) =>
        host.WithDatabaseAsync(db => db.Comments.AsNoTracking().Where(c => c.ArticleId == articleId).OrderBy(c => c.Id).ToListAsync(Cancel));

    /// <summary>Every text column of every comment row in the database.</summary>
    private Task<List<string>> EveryCommentValueAsync() =>
        host.WithDatabaseAsync(async db => (await db.Comments.AsNoTracking().ToListAsync(Cancel))
            .SelectMany(c => new[] { c.AuthorName, c.AuthorEmail, c.AuthorWebsite, c.Body, c.HoldReason, c.ClientHash, c.AvatarSeed })
            .OfType<string>()
            .ToList());

    private Task<List<AuditEntry>> AuditAsync(string action) =>
        host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync(Cancel));

    private async Task AssertNowhereAsync(string email)
    {
        var values = await EveryCommentValueAsync();
        Assert.DoesNotContain(values, v => v.Contains(email, StringComparison.OrdinalIgnoreCase));
        var audit = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().ToListAsync(Cancel));
        Assert.DoesNotContain(audit, e => $"{e.Subject} {e.Details}".Contains(email, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    private static int Count(IHtmlDocument page, string state) =>
        int.Parse(page.QuerySelector($"#privacy-counts dd[data-state={state}]")!.TextContent, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_admin_looks_up_an_address_and_sees_its_comments_per_state_whatever_the_capitals()
    {
        var conversation = await ArrangeAsync();
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);

        using var response = await PostAsync(admin, "Lookup", new() { ["Email"] = "  " + conversation.Email.ToUpperInvariant() + " " });
        var page = await PageOf(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1, 2, 1, 0, 1), (Count(page, "pending"), Count(page, "approved"), Count(page, "spam"), Count(page, "trash"), Count(page, "stories")));
        Assert.NotNull(page.QuerySelector("#privacy-erase form"));
        Assert.True(response.Headers.CacheControl is { NoStore: true, Private: true });
    }

    [Fact]
    public async Task The_export_is_a_JSON_download_of_exactly_that_commenters_comments_and_nobody_elses()
    {
        var conversation = await ArrangeAsync();
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);

        using var response = await PostAsync(admin, "Export", new() { ["Email"] = conversation.Email });
        var text = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.DoesNotContain("@", response.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);

        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(conversation.Email, root.GetProperty("email").GetString());
        var comments = root.GetProperty("comments").EnumerateArray().ToList();
        Assert.Equal(conversation.Theirs.Select(c => c.Id), comments.Select(c => c.GetProperty("id").GetInt32()));
        var storyUrl = new Uri(host.BaseAddress, conversation.StoryPath).AbsoluteUri;
        foreach (var (exported, stored) in comments.Zip(conversation.Theirs))
        {
            Assert.Equal(stored.Body, exported.GetProperty("body").GetString());
            Assert.Equal(stored.AuthorName, exported.GetProperty("name").GetString());
            Assert.Equal(stored.AuthorEmail, exported.GetProperty("email").GetString());
            Assert.Equal(stored.AuthorWebsite, exported.GetProperty("website").GetString());
            Assert.Equal(stored.Status.ToString().ToLowerInvariant(), exported.GetProperty("status").GetString());
            Assert.Equal(stored.HoldReason, exported.GetProperty("holdReason").GetString());
            Assert.Equal(storyUrl, exported.GetProperty("storyUrl").GetString());
            Assert.StartsWith("Ferry timetable changes", exported.GetProperty("story").GetString(), StringComparison.Ordinal);
            // PostgreSQL keeps microseconds, .NET ticks are tenths of them.
            Assert.Equal(stored.CreatedAt.UtcTicks / 10, exported.GetProperty("postedAt").GetDateTimeOffset().UtcTicks / 10);
        }
        Assert.Equal($"{storyUrl}#comment-{conversation.Theirs[0].Id}", comments[0].GetProperty("commentUrl").GetString());
        Assert.Equal(JsonValueKind.Null, comments[2].GetProperty("commentUrl").ValueKind);
        Assert.Equal(conversation.QuotingThem.Id, comments[1].GetProperty("replyToCommentId").GetInt32());
        foreach (var other in conversation.OtherEmails)
        {
            Assert.DoesNotContain(other, text, StringComparison.OrdinalIgnoreCase);
        }
        foreach (var name in new[] { "Piet Vos", "Orla Finch", "Olive Grant" })
        {
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
        }

        var audit = (await AuditAsync(AuditActions.CommenterExported)).Last();
        Assert.Equal(admin.User.Id, audit.ActorId);
        Assert.Contains("4 comments", audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(conversation.Email, audit.Details, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(conversation.Email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Erasing_with_deleted_comments_keeps_the_conversation_readable_and_leaves_the_address_nowhere()
    {
        var conversation = await ArrangeAsync();
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        // The story's page is in the public cache before the erasure: the erasure must reach it.
        var before = await _reader.GetDocumentAsync(conversation.StoryPath);
        Assert.Contains("The 7:40 ferry never waits.", before.Body!.TextContent, StringComparison.Ordinal);

        using var response = await PostAsync(admin, "Erase", new() { ["Email"] = conversation.Email, ["Mode"] = "Delete", ["Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(Privacy, response.Headers.Location!.OriginalString);
        var notice = (await admin.Client.GetDocumentAsync(Privacy)).QuerySelector(".notice--success")!.TextContent;
        Assert.Contains("4 comments on 1 story", notice, StringComparison.Ordinal);
        Assert.Contains("also removed from 1 comment", notice, StringComparison.Ordinal);

        var stored = (await CommentsAsync(conversation.ArticleId)).ToDictionary(c => c.Id);
        foreach (var original in conversation.Theirs)
        {
            var now = stored[original.Id];
            Assert.Equal(CommenterPrivacy.DeletedName, now.AuthorName);
            Assert.Equal(CommenterPrivacy.DeletedBody, now.Body);
            Assert.Equal($"erased-{original.Id}@invalid", now.AuthorEmail);
            Assert.Null(now.AuthorWebsite);
            Assert.Null(now.ClientHash);
            Assert.Equal("", now.AvatarSeed);
            Assert.Equal(original.ParentId, now.ParentId);
            Assert.Equal(original.CreatedAt.UtcTicks / 10, now.CreatedAt.UtcTicks / 10);
        }
        Assert.Equal(
            [CommentStatus.Approved, CommentStatus.Approved, CommentStatus.Trash, CommentStatus.Spam],
            conversation.Theirs.Select(c => stored[c.Id].Status));
        Assert.Equal(conversation.Theirs[0].Id, stored[conversation.ReplyToThem.Id].ParentId);
        Assert.Equal(conversation.ReplyToThem.Body, stored[conversation.ReplyToThem.Id].Body);
        Assert.Equal("Tess, I'll write to [email address removed] about the petition.", stored[conversation.QuotingThem.Id].Body);
        Assert.Equal(conversation.QuotingThem.AuthorEmail, stored[conversation.QuotingThem.Id].AuthorEmail);
        Assert.Equal(conversation.Unrelated.Body, stored[conversation.Unrelated.Id].Body);
        await AssertNowhereAsync(conversation.Email);

        var audit = (await AuditAsync(AuditActions.CommenterErased)).Last();
        Assert.Equal((admin.User.Id, CommenterPrivacy.AuditSubject), (audit.ActorId, audit.Subject));
        Assert.Contains("4 comments", audit.Details, StringComparison.Ordinal);

        var page = (await _reader.GetDocumentAsync(conversation.StoryPath)).Body!.TextContent;
        Assert.DoesNotContain("The 7:40 ferry never waits.", page, StringComparison.Ordinal);
        Assert.Contains(CommenterPrivacy.DeletedBody, page, StringComparison.Ordinal);
        Assert.Contains(conversation.ReplyToThem.Body, page, StringComparison.Ordinal);
        Assert.Contains("[email address removed]", page, StringComparison.Ordinal);

        using var lookup = await PostAsync(admin, "Lookup", new() { ["Email"] = conversation.Email });
        Assert.NotNull((await PageOf(lookup)).GetElementById("privacy-nothing"));
    }

    [Fact]
    public async Task Erasing_anonymously_keeps_the_words_without_the_name_website_or_address()
    {
        var conversation = await ArrangeAsync();
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);

        using var response = await PostAsync(admin, "Erase", new() { ["Email"] = conversation.Email.ToUpperInvariant(), ["Mode"] = "Anonymize", ["Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = (await CommentsAsync(conversation.ArticleId)).ToDictionary(c => c.Id);
        foreach (var original in conversation.Theirs)
        {
            var now = stored[original.Id];
            Assert.Equal(CommenterPrivacy.AnonymousName, now.AuthorName);
            Assert.Equal($"erased-{original.Id}@invalid", now.AuthorEmail);
            Assert.Null(now.AuthorWebsite);
            Assert.Null(now.ClientHash);
            Assert.Equal("", now.AvatarSeed);
            Assert.Equal(original.Status, now.Status);
            Assert.Equal(original.ParentId, now.ParentId);
        }
        Assert.Equal("The 7:40 ferry never waits. Write to me at [email address removed].", stored[conversation.Theirs[0].Id].Body);
        Assert.Equal(conversation.Theirs[1].Body, stored[conversation.Theirs[1].Id].Body);
        Assert.Equal(conversation.Theirs[2].HoldReason, stored[conversation.Theirs[2].Id].HoldReason);
        Assert.Equal(conversation.Theirs[0].Id, stored[conversation.ReplyToThem.Id].ParentId);
        await AssertNowhereAsync(conversation.Email);

        var page = (await _reader.GetDocumentAsync(conversation.StoryPath)).Body!.TextContent;
        Assert.Contains("The 7:40 ferry never waits. Write to me at [email address removed].", page, StringComparison.Ordinal);
        Assert.Contains(conversation.ReplyToThem.Body, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Tess Harrow", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_erasure_needs_a_choice_and_a_confirmation_and_changes_nothing_without_them()
    {
        var conversation = await ArrangeAsync();
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var before = await CommentsAsync(conversation.ArticleId);

        using var noMode = await PostAsync(admin, "Erase", new() { ["Email"] = conversation.Email, ["Confirm"] = "true" });
        using var badMode = await PostAsync(admin, "Erase", new() { ["Email"] = conversation.Email, ["Mode"] = "Shred", ["Confirm"] = "true" });
        using var unconfirmed = await PostAsync(admin, "Erase", new() { ["Email"] = conversation.Email, ["Mode"] = "Anonymize" });

        Assert.Equal(HttpStatusCode.BadRequest, noMode.StatusCode);
        Assert.Contains("Choose what becomes of the comments", (await PageOf(noMode)).GetElementById("privacy-mode-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badMode.StatusCode);
        Assert.NotNull((await PageOf(badMode)).GetElementById("privacy-mode-error"));
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        var page = await PageOf(unconfirmed);
        Assert.Contains("cannot be undone", page.GetElementById("privacy-confirm-error")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("#mode-anonymize")!.HasAttribute("checked"));
        Assert.Equal(conversation.Email, page.QuerySelector("#privacy-erase input[name=Email]")!.GetAttribute("value"));
        Assert.Equal(
            before.Select(c => (c.AuthorName, c.AuthorEmail, c.Body)),
            (await CommentsAsync(conversation.ArticleId)).Select(c => (c.AuthorName, c.AuthorEmail, c.Body)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData("two words@example.org")]
    public async Task A_malformed_address_is_refused_with_a_message(string email)
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);

        using var response = await PostAsync(admin, "Lookup", new() { ["Email"] = email });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PageOf(response);
        Assert.NotEmpty(page.GetElementById("privacy-email-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#privacy-email")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task An_address_with_no_comments_has_nothing_to_export_or_erase()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var nobody = $"nobody-{Guid.NewGuid():N}@example.org";

        using var lookup = await PostAsync(admin, "Lookup", new() { ["Email"] = nobody });
        using var export = await PostAsync(admin, "Export", new() { ["Email"] = nobody });
        using var erase = await PostAsync(admin, "Erase", new() { ["Email"] = nobody, ["Mode"] = "Delete", ["Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        Assert.NotNull((await PageOf(lookup)).GetElementById("privacy-nothing"));
        Assert.Null((await PageOf(lookup)).GetElementById("privacy-erase"));
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, erase.StatusCode);
    }

    [Theory]
    [InlineData(NewsroomRole.Editor)]
    [InlineData(NewsroomRole.Author)]
    [InlineData(NewsroomRole.Contributor)]
    public async Task A_member_who_is_not_an_admin_gets_403_and_no_link(NewsroomRole role)
    {
        var conversation = await ArrangeAsync();
        using var member = await NewsroomSession.SignInAsync(host, role);

        using var page = await member.Client.GetAsync(new Uri(Privacy, UriKind.Relative), Cancel);
        using var fields = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = conversation.Email, ["Mode"] = "Delete", ["Confirm"] = "true" });
        using var export = await member.Client.PostAsync(new Uri($"{Privacy}?handler=Export", UriKind.Relative), fields, Cancel);
        using var erase = await member.Client.PostAsync(new Uri($"{Privacy}?handler=Erase", UriKind.Relative), fields, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, erase.StatusCode);
        Assert.Equal(conversation.Theirs.Select(c => c.AuthorEmail), (await CommentsAsync(conversation.ArticleId)).Where(c => conversation.Theirs.Any(t => t.Id == c.Id)).Select(c => c.AuthorEmail));
        Assert.Null((await member.Client.GetDocumentAsync("/newsroom")).QuerySelector($".nr-nav a[href='{Privacy}']"));
    }

    [Fact]
    public async Task An_admin_finds_the_page_in_the_newsroom_navigation_and_a_visitor_is_sent_to_sign_in()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var anonymous = NewsroomSession.CreateClient(host);

        var desk = await admin.Client.GetDocumentAsync("/newsroom");
        using var visitor = await anonymous.GetAsync(new Uri(Privacy, UriKind.Relative), Cancel);

        Assert.Equal("Privacy", desk.QuerySelector($".nr-nav a[href='{Privacy}']")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.StartsWith("/newsroom/sign-in", visitor.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
