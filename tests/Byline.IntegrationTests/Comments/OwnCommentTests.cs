using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Byline.Comments;
using Byline.Content;
using Byline.IntegrationTests.Newsroom;

namespace Byline.IntegrationTests.Comments;

/// <summary>
/// The commenter's own comment: the browser that posted it holds a signed cookie scoped to the story, sees the comment
/// while it awaits moderation, and may edit or delete it for ten minutes. Nobody else can, and no shared cache ever
/// holds such a page. The host runs on a clock the tests move by hand.
/// </summary>
public sealed class OwnCommentTests(EmbargoHost host) : IClassFixture<EmbargoHost>
{
    private const string OnlyThatBrowser = "Only the browser that posted a comment can change it.";
    private const string WindowOver = "Comments can be changed for 10 minutes after posting; that time is over.";
    private readonly HttpClient _anyone = host.CreateReader();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Unique(string text) => $"{text} ({Guid.NewGuid():N})";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record Commenter(HttpClient Browser, CookieContainer Cookies, string Path, int CommentId, string Body, HttpResponseMessage Posted) : IDisposable
    {
        public void Dispose()
        {
            Posted.Dispose();
            Browser.Dispose();
        }
    }

    /// <summary>A new browser posts a comment on a story of the test's own (from a trusted email when given, so it goes up at once).</summary>
    private async Task<Commenter> PostAsync(string? email = null, string? path = null)
    {
        path ??= (await host.PublishStoryAsync("Own comments")).Path;
        var cookies = new CookieContainer();
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = host.BaseAddress };
        var form = await CommentForm.ReadAsync(browser, path);
        var body = Unique("What I first wrote.");
        var (posted, _) = await browser.SendFormAsync(form.Post("Owen Own", email ?? $"own-{Guid.NewGuid():N}@example.org", null, body));
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var stored = (await host.CommentWithBodyAsync(body))!;
        return new Commenter(browser, cookies, path, stored.Id, body, posted);
    }

    /// <summary>The form token a browser has on the story's page: the page's own (a commenter's page) or one it fetched.</summary>
    private static async Task<string> TokenOfAsync(HttpClient client, string path) => (await CommentForm.ReadAsync(client, path)).Token;

    /// <summary>The commenter's edit or delete form as posted: the comment's number, the page's form token and (for an edit) the words.</summary>
    private static HttpRequestMessage Change(string path, string handler, int commentId, string? token, string? body = null)
    {
        var fields = new Dictionary<string, string> { ["commentId"] = Id(commentId) };
        if (token is not null)
        {
            fields["form_token"] = token;
        }
        if (body is not null)
        {
            fields["body"] = body;
        }
        return new HttpRequestMessage(HttpMethod.Post, new Uri($"{path}?handler={handler}", UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
    }

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> EditAsync(Commenter commenter, string body, HttpClient? from = null)
    {
        var client = from ?? commenter.Browser;
        return await client.SendFormAsync(Change(commenter.Path, "EditComment", commenter.CommentId, await TokenOfAsync(client, commenter.Path), body));
    }

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> DeleteAsync(Commenter commenter, HttpClient? from = null)
    {
        var client = from ?? commenter.Browser;
        return await client.SendFormAsync(Change(commenter.Path, "DeleteComment", commenter.CommentId, await TokenOfAsync(client, commenter.Path)));
    }

    private static HttpRequestMessage GetWithCookie(string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return request;
    }

    [Fact]
    public async Task Posting_gives_the_browser_an_http_only_lax_cookie_scoped_to_the_storys_address()
    {
        using var commenter = await PostAsync();

        var setCookie = Assert.Single(commenter.Posted.Headers.GetValues("Set-Cookie"));

        Assert.StartsWith("byline-c=", setCookie, StringComparison.Ordinal);
        var attributes = setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains($"path={commenter.Path.ToLowerInvariant()}", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        // It lasts as long as the comment can be changed, and no longer.
        Assert.Contains("max-age=600", attributes);
        // The value is signed data, not the comment's number or the reader's details.
        var value = setCookie.Split(';')[0].Split('=', 2)[1];
        Assert.True(value.Length > 40, $"the cookie value {value} does not look signed");
        Assert.DoesNotContain("own-", value, StringComparison.Ordinal);
        Assert.Empty(commenter.Cookies.GetCookies(new Uri(host.BaseAddress, "/")));
        Assert.Single(commenter.Cookies.GetCookies(new Uri(host.BaseAddress, commenter.Path)));
    }

    [Fact]
    public async Task Only_the_browser_that_posted_a_pending_comment_sees_it_marked_as_awaiting_moderation()
    {
        var (_, path) = await host.PublishStoryAsync("Pending for one");
        // Another reader's visit first puts the story's page in the shared cache.
        Assert.Empty((await _anyone.GetDocumentAsync(path)).CommentIdsShown());
        using var commenter = await PostAsync(path: path);

        var own = await commenter.Browser.GetDocumentAsync(commenter.Posted.Headers.Location!.OriginalString);
        var others = await _anyone.GetDocumentAsync(path);

        var comment = own.GetElementById($"comment-{commenter.CommentId}")!;
        Assert.Contains("comment--pending", comment.ClassList);
        Assert.Equal("Awaiting moderation: only you can see this until an editor approves it.", comment.QuerySelector(".comment__pending")!.TextContent.Trim());
        Assert.Contains(commenter.Body, comment.TextContent, StringComparison.Ordinal);
        Assert.Null(comment.QuerySelector("a.comment__reply"));
        Assert.Equal($"{path}?edit={commenter.CommentId}#comment-{commenter.CommentId}",
            comment.QuerySelectorAll(".comment__actions a").Single(a => a.TextContent.Trim() == "Edit").GetAttribute("href"));
        Assert.Equal("Delete", comment.QuerySelector("form.comment__delete button")!.TextContent.Trim());
        Assert.Equal("No comments yet", own.QuerySelector("#comments-heading")!.TextContent.Trim());
        Assert.Empty(others.CommentIdsShown());
        Assert.DoesNotContain("Awaiting moderation", others.Body!.TextContent, StringComparison.Ordinal);

        // The commenter's page was made for that browser alone: it was not put in the shared cache either.
        Assert.Contains(commenter.CommentId, (await commenter.Browser.GetDocumentAsync(path)).CommentIdsShown());
        Assert.Empty((await _anyone.GetDocumentAsync(path)).CommentIdsShown());
        Assert.Empty((await _anyone.GetDocumentAsync(commenter.Posted.Headers.Location!.OriginalString)).CommentIdsShown());
    }

    [Fact]
    public async Task The_edit_link_delete_button_and_deadline_stay_together_in_the_comments_row_of_actions()
    {
        using var commenter = await PostAsync();

        var page = await commenter.Browser.GetDocumentAsync(commenter.Path);

        // Parsed as a browser parses it: a form may not sit inside a paragraph (the parser closes the paragraph first).
        var actions = page.GetElementById($"comment-{commenter.CommentId}")!.QuerySelectorAll(".comment__actions").ToList();
        var row = Assert.Single(actions);
        Assert.NotNull(row.QuerySelector("form.comment__delete button"));
        Assert.NotNull(row.QuerySelector(".comment__window time[datetime]"));
        Assert.Contains(row.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Edit");
    }

    [Fact]
    public async Task The_cookie_is_not_sent_to_other_stories_and_does_not_show_the_comment_there()
    {
        using var commenter = await PostAsync();
        var (_, other) = await host.PublishStoryAsync("Another story");

        Assert.Empty(commenter.Cookies.GetCookies(new Uri(host.BaseAddress, other)));
        Assert.Empty((await commenter.Browser.GetDocumentAsync(other)).CommentIdsShown());
        var value = commenter.Cookies.GetCookies(new Uri(host.BaseAddress, commenter.Path))[0].Value;
        using var response = await _anyone.SendAsync(GetWithCookie(other, $"byline-c={value}"), Cancel);
        Assert.Empty(Html.Parse(await response.Content.ReadAsStringAsync(Cancel)).CommentIdsShown());
    }

    [Fact]
    public async Task Within_ten_minutes_the_commenter_edits_the_comment_and_sees_the_new_words()
    {
        using var commenter = await PostAsync();
        host.FakeClock.Advance(TimeSpan.FromMinutes(9));

        var editing = await commenter.Browser.GetDocumentAsync($"{commenter.Path}?edit={commenter.CommentId}");
        var form = editing.GetElementById($"comment-{commenter.CommentId}")!.QuerySelector("form.comment-edit")!;
        Assert.Equal($"{commenter.Path}?handler=EditComment#comment-{commenter.CommentId}", form.GetAttribute("action"));
        Assert.Equal(commenter.Body, form.QuerySelector($"textarea#edit-{commenter.CommentId}")!.TextContent.Trim());
        Assert.Equal("Edit your comment", form.QuerySelector($"label[for=edit-{commenter.CommentId}]")!.TextContent.Trim());
        Assert.Equal(Id(commenter.CommentId), form.QuerySelector("input[name=commentId]")!.GetAttribute("value"));
        var newWords = Unique("What I meant to write.");

        var (response, _) = await commenter.Browser.SendFormAsync(Change(commenter.Path, "EditComment", commenter.CommentId,
            form.QuerySelector("input[name=form_token]")!.GetAttribute("value"), newWords));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"{commenter.Path}#comment-{commenter.CommentId}", response.Headers.Location!.OriginalString);
        var stored = (await host.CommentWithBodyAsync(newWords))!;
        Assert.Equal(commenter.CommentId, stored.Id);
        Assert.Equal(host.FakeClock.GetUtcNow(), stored.EditedAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(CommentStatus.Pending, stored.Status);
        var page = await commenter.Browser.GetDocumentAsync(commenter.Path);
        var shown = page.GetElementById($"comment-{commenter.CommentId}")!;
        Assert.Contains(newWords, shown.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(commenter.Body, shown.TextContent, StringComparison.Ordinal);
        Assert.Equal("edited", shown.QuerySelector(".comment__edited")!.TextContent.Trim());
        Assert.Empty((await _anyone.GetDocumentAsync(commenter.Path)).CommentIdsShown());
    }

    [Fact]
    public async Task An_edit_of_a_published_comment_shows_on_the_shared_page_at_once()
    {
        using var commenter = await PostAsync(await host.EmailWithApprovedCommentAsync());
        Assert.Equal(CommentStatus.Approved, (await host.CommentWithBodyAsync(commenter.Body))!.Status);
        Assert.Contains(commenter.Body, (await _anyone.GetDocumentAsync(commenter.Path)).Body!.TextContent, StringComparison.Ordinal);
        var newWords = Unique("Corrected: the ferry leaves at nine.");

        var (response, _) = await EditAsync(commenter, newWords);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(CommentStatus.Approved, (await host.CommentWithBodyAsync(newWords))!.Status);
        var page = await _anyone.GetDocumentAsync(commenter.Path);
        Assert.Contains(newWords, page.GetElementById($"comment-{commenter.CommentId}")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(commenter.Body, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_is_screened_again_and_a_blocked_word_takes_a_published_comment_off_the_page()
    {
        using var commenter = await PostAsync(await host.EmailWithApprovedCommentAsync());
        await host.SetCommentSettingsAsync(CommentRules.Defaults with { BlockedWords = ["jackpot"] });
        try
        {
            var (response, _) = await EditAsync(commenter, Unique("Win the JACKPOT here"));

            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            var stored = await host.WithDatabaseAsync(db => db.Comments.FindAsync([commenter.CommentId], Cancel).AsTask());
            Assert.Equal(CommentStatus.Spam, stored!.Status);
            Assert.Equal("Edited by the commenter: Contains the blocked word “jackpot”.", stored.HoldReason);
            Assert.Empty((await _anyone.GetDocumentAsync(commenter.Path)).CommentIdsShown());
        }
        finally
        {
            await host.SetCommentSettingsAsync(CommentRules.Defaults);
        }
    }

    [Fact]
    public async Task Within_ten_minutes_the_commenter_deletes_the_comment_and_the_cookie_is_dropped()
    {
        using var commenter = await PostAsync();

        var (response, _) = await DeleteAsync(commenter);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"{commenter.Path}#comments", response.Headers.Location!.OriginalString);
        Assert.Null(await host.CommentWithBodyAsync(commenter.Body));
        var dropped = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("byline-c=;", dropped, StringComparison.Ordinal);
        Assert.Contains($"path={commenter.Path.ToLowerInvariant()}", dropped.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Empty(commenter.Cookies.GetCookies(new Uri(host.BaseAddress, commenter.Path)));
        Assert.Empty((await commenter.Browser.GetDocumentAsync(commenter.Path)).CommentIdsShown());
    }

    [Fact]
    public async Task Deleting_a_published_comment_takes_it_off_the_story_and_out_of_the_count_on_story_lists()
    {
        using var commenter = await PostAsync(await host.EmailWithApprovedCommentAsync());
        var section = await host.StorySectionPathAsync();
        Assert.Equal(1, (await _anyone.GetDocumentAsync(section)).CommentCountListedFor(commenter.Path));
        Assert.Equal([commenter.CommentId], (await _anyone.GetDocumentAsync(commenter.Path)).CommentIdsShown());

        var (response, _) = await DeleteAsync(commenter);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Empty((await _anyone.GetDocumentAsync(commenter.Path)).CommentIdsShown());
        Assert.Equal(0, (await _anyone.GetDocumentAsync(section)).CommentCountListedFor(commenter.Path));
    }

    [Fact]
    public async Task Deleting_a_published_comment_that_has_replies_keeps_the_replies_readable()
    {
        using var commenter = await PostAsync(await host.EmailWithApprovedCommentAsync());
        var storyId = (await host.CommentWithBodyAsync(commenter.Body))!.ArticleId;
        var reply = (await host.AddCommentsAsync(CommentArrangements.NewComment(storyId, Unique("A reply that stays"), parentId: commenter.CommentId)))[0];

        var (response, _) = await DeleteAsync(commenter);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = await host.WithDatabaseAsync(db => db.Comments.FindAsync([commenter.CommentId], Cancel).AsTask());
        Assert.Equal(CommentStatus.Trash, stored!.Status);
        Assert.Equal("Deleted by the commenter", stored.HoldReason);
        Assert.Equal([reply.Id], (await _anyone.GetDocumentAsync(commenter.Path)).CommentIdsShown());
    }

    [Fact]
    public async Task Until_the_last_second_of_the_window_an_edit_is_allowed_and_after_it_nothing_changes()
    {
        using var commenter = await PostAsync();
        host.FakeClock.Advance(CommenterCookies.EditWindow - TimeSpan.FromSeconds(5));
        var lastMinute = Unique("Changed just in time.");
        var (inTime, _) = await EditAsync(commenter, lastMinute);
        Assert.Equal(HttpStatusCode.SeeOther, inTime.StatusCode);

        host.FakeClock.Advance(TimeSpan.FromSeconds(6));
        var (tooLate, page) = await EditAsync(commenter, Unique("Changed too late."));
        var (deleteTooLate, deletePage) = await DeleteAsync(commenter);

        Assert.Equal(HttpStatusCode.Forbidden, tooLate.StatusCode);
        Assert.Contains(WindowOver, page.FormErrors(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, deleteTooLate.StatusCode);
        Assert.Contains(WindowOver, deletePage.FormErrors(), StringComparison.Ordinal);
        var stored = (await host.CommentWithBodyAsync(lastMinute))!;
        Assert.Equal(commenter.CommentId, stored.Id);

        // The browser still sees its comment awaiting moderation, but no longer offers to change it.
        var shown = (await commenter.Browser.GetDocumentAsync($"{commenter.Path}?edit={commenter.CommentId}")).GetElementById($"comment-{commenter.CommentId}")!;
        Assert.NotNull(shown.QuerySelector(".comment__pending"));
        Assert.Null(shown.QuerySelector("form.comment-edit"));
        Assert.Null(shown.QuerySelector("form.comment__delete"));
        Assert.DoesNotContain(shown.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Edit");
    }

    [Fact]
    public async Task Another_browser_cannot_edit_or_delete_the_comment_and_nothing_changes()
    {
        using var commenter = await PostAsync(await host.EmailWithApprovedCommentAsync());

        var (edit, editPage) = await EditAsync(commenter, Unique("Words put in my mouth"), from: _anyone);
        var (delete, deletePage) = await DeleteAsync(commenter, from: _anyone);

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Contains(OnlyThatBrowser, editPage.FormErrors(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Contains(OnlyThatBrowser, deletePage.FormErrors(), StringComparison.Ordinal);
        Assert.Equal(commenter.CommentId, (await host.CommentWithBodyAsync(commenter.Body))!.Id);
        // Other readers are never offered the commenter's links.
        var page = await _anyone.GetDocumentAsync($"{commenter.Path}?edit={commenter.CommentId}");
        Assert.Null(page.QuerySelector("form.comment-edit"));
        Assert.Null(page.QuerySelector("form.comment__delete"));
    }

    [Fact]
    public async Task A_forged_cookie_or_one_made_for_another_comment_proves_nothing()
    {
        using var commenter = await PostAsync();
        using var victim = await PostAsync(path: commenter.Path);
        var genuine = commenter.Cookies.GetCookies(new Uri(host.BaseAddress, commenter.Path))[0].Value;
        var token = await TokenOfAsync(_anyone, commenter.Path);

        foreach (var cookie in new[] { "byline-c=forged", $"byline-c={genuine}", $"byline-c={genuine[..^4]}AAAA" })
        {
            using var page = await _anyone.SendAsync(GetWithCookie(victim.Path, cookie), Cancel);
            var document = Html.Parse(await page.Content.ReadAsStringAsync(Cancel));
            Assert.DoesNotContain(victim.CommentId, document.CommentIdsShown());

            using var edit = Change(victim.Path, "EditComment", victim.CommentId, token, "Hijacked");
            edit.Headers.Add("Cookie", cookie);
            using var delete = Change(victim.Path, "DeleteComment", victim.CommentId, token);
            delete.Headers.Add("Cookie", cookie);
            using var edited = await _anyone.SendAsync(edit, Cancel);
            using var deleted = await _anyone.SendAsync(delete, Cancel);
            Assert.Equal(HttpStatusCode.Forbidden, edited.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, deleted.StatusCode);
        }
        Assert.Equal(victim.CommentId, (await host.CommentWithBodyAsync(victim.Body))!.Id);
    }

    [Theory]
    [InlineData("", "Your comment cannot be empty; delete it instead.")]
    [InlineData("   \n  ", "Your comment cannot be empty; delete it instead.")]
    [InlineData("LONG", "Your comment can be at most 10,000 characters long.")]
    public async Task An_edit_without_words_or_too_long_is_refused_with_a_message_and_nothing_changes(string body, string message)
    {
        using var commenter = await PostAsync();

        var (response, page) = await EditAsync(commenter, body == "LONG" ? new string('x', 10_001) : body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(commenter.CommentId, (await host.CommentWithBodyAsync(commenter.Body))!.Id);
        // The edit form comes back for another try.
        Assert.NotNull(page.GetElementById($"comment-{commenter.CommentId}")!.QuerySelector("form.comment-edit"));
    }

    [Fact]
    public async Task An_edit_without_a_valid_form_token_is_refused()
    {
        using var commenter = await PostAsync();
        var (_, other) = await host.PublishStoryAsync("Token from elsewhere");
        var otherToken = await TokenOfAsync(_anyone, other);

        foreach (var token in new[] { null, "forged", otherToken })
        {
            var (response, _) = await commenter.Browser.SendFormAsync(Change(commenter.Path, "EditComment", commenter.CommentId, token, "Changed without a form"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.Equal(commenter.CommentId, (await host.CommentWithBodyAsync(commenter.Body))!.Id);
    }
}
