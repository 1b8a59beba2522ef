using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Byline.Accounts;
using Byline.Comments;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Comments;

/// <summary>
/// The site's moderation rules, applied to real posts of the comment form. Each test sets the rules it needs first
/// (the tests of a class run one after another), so no test depends on what another left behind.
/// </summary>
public sealed class ModerationRuleTests(BylineHost host) : IClassFixture<BylineHost>
{
    private readonly HttpClient _reader = host.CreateReader();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Unique(string text) => $"{text} ({Guid.NewGuid():N})";

    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostAsync(string path, string email, string body, string name = "Mira Holt", string? website = null)
    {
        var form = await CommentForm.ReadAsync(_reader, path);
        return await _reader.SendFormAsync(form.Post(name, email, website, body));
    }

    private async Task<Comment> StoredAsync(string body) =>
        await host.CommentWithBodyAsync(body) ?? throw new Xunit.Sdk.XunitException($"no comment was stored with the body “{body}”");

    /// <summary>The moderation entry of a comment on the given tab of /newsroom/comments, as an editor sees it.</summary>
    private async Task<string> ModeratorSeesAsync(int commentId, string tab)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var page = await editor.Client.GetDocumentAsync(tab == "pending" ? "/newsroom/comments" : $"/newsroom/comments?status={tab}");
        var entry = page.GetElementById($"moderate-{commentId}");
        Assert.True(entry is not null, $"comment {commentId} is not on the {tab} tab");
        return entry.QuerySelector(".nr-comment__reason")?.TextContent.Trim() ?? "";
    }

    private static int CommentCountInJsonLd(IHtmlDocument page)
    {
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        return json.RootElement.GetProperty("commentCount").GetInt32();
    }

    [Fact]
    public async Task A_first_comment_from_an_email_is_held_and_the_moderator_is_told_why()
    {
        await host.SetCommentSettingsAsync(CommentRules.Defaults);
        var (_, path) = await host.PublishStoryAsync("Lifeboat station appeal");
        var body = Unique("My first ever comment here.");

        var (response, _) = await PostAsync(path, $"new-{Guid.NewGuid():N}@example.org", body);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"{path}?comment=received#comment-received", response.Headers.Location!.OriginalString);
        var stored = await StoredAsync(body);
        Assert.Equal(CommentStatus.Pending, stored.Status);
        Assert.Equal("First comment from this email address.", stored.HoldReason);
        Assert.Equal("Why it is here: First comment from this email address.", await ModeratorSeesAsync(stored.Id, "pending"));
        Assert.DoesNotContain(stored.Id, (await _reader.GetDocumentAsync(path)).CommentIdsShown());
    }

    [Fact]
    public async Task A_comment_from_an_email_with_an_approved_comment_goes_up_at_once_and_the_cached_page_shows_it()
    {
        await host.SetCommentSettingsAsync(CommentRules.Defaults);
        var (_, path) = await host.PublishStoryAsync("Harbour lights switched on");
        var email = await host.EmailWithApprovedCommentAsync();
        var before = await _reader.GetDocumentAsync(path);
        Assert.Equal("No comments yet", before.QuerySelector("#comments-heading")!.TextContent.Trim());
        var body = Unique("Lovely to see the lights again.");

        var (response, _) = await PostAsync(path, email, body, name: "Regular Reader");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = await StoredAsync(body);
        Assert.Equal(CommentStatus.Approved, stored.Status);
        Assert.Null(stored.HoldReason);
        Assert.Equal($"{path}#comment-{stored.Id}", response.Headers.Location!.OriginalString);
        // The page was cached before the post; a reader with no cookie sees the comment at once all the same.
        var after = await _reader.GetDocumentAsync(path);
        Assert.Equal([stored.Id], after.CommentIdsShown());
        Assert.Contains(body, after.GetElementById($"comment-{stored.Id}")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 comment", after.QuerySelector("#comments-heading")!.TextContent.Trim());
        Assert.Equal(1, CommentCountInJsonLd(after));
    }

    [Fact]
    public async Task A_comment_that_goes_up_at_once_also_updates_the_count_on_story_lists_that_were_already_cached()
    {
        await host.SetCommentSettingsAsync(CommentRules.Defaults);
        var (_, path) = await host.PublishStoryAsync("Tram depot open day");
        var section = await host.StorySectionPathAsync();
        var email = await host.EmailWithApprovedCommentAsync();
        Assert.Equal(0, (await _reader.GetDocumentAsync(section)).CommentCountListedFor(path));

        var (response, _) = await PostAsync(path, email, Unique("See you at the depot."), name: "Regular Reader");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(1, CommentCountInJsonLd(await _reader.GetDocumentAsync(path)));
        Assert.Equal(1, (await _reader.GetDocumentAsync(section)).CommentCountListedFor(path));
    }

    [Fact]
    public async Task A_comment_with_more_than_two_links_is_held_even_from_a_trusted_email_and_two_links_are_fine()
    {
        await host.SetCommentSettingsAsync(CommentRules.Defaults);
        var (_, path) = await host.PublishStoryAsync("Ferry timetable changes");
        var email = await host.EmailWithApprovedCommentAsync();
        var twoLinks = Unique("Compare https://ferry.example/old with https://ferry.example/new");
        var threeLinks = Unique("See https://a.example, https://b.example and www.c.example");

        using var first = (await PostAsync(path, email, twoLinks)).Response;
        using var second = (await PostAsync(path, email, threeLinks)).Response;

        Assert.Equal(CommentStatus.Approved, (await StoredAsync(twoLinks)).Status);
        var held = await StoredAsync(threeLinks);
        Assert.Equal(CommentStatus.Pending, held.Status);
        Assert.Equal("Has 3 links; more than 2 are held.", held.HoldReason);
        Assert.Equal($"{path}?comment=received#comment-received", second.Headers.Location!.OriginalString);
        Assert.Equal("Why it is here: Has 3 links; more than 2 are held.", await ModeratorSeesAsync(held.Id, "pending"));
    }

    [Fact]
    public async Task A_blocked_word_sends_the_comment_to_spam_and_it_never_appears()
    {
        await host.SetCommentSettingsAsync(CommentRules.Defaults with { BlockedWords = ["casino", "cheap pills"] });
        var (_, path) = await host.PublishStoryAsync("Seafront arcade plans");
        var email = await host.EmailWithApprovedCommentAsync();
        var spam = Unique("Best odds at the new Casino! Visit now");
        var harmless = Unique("On this occasion the arcade makes sense.");

        var (response, _) = await PostAsync(path, email, spam);
        using var fine = (await PostAsync(path, email, harmless)).Response;

        // The spammer is told nothing different from anyone whose comment awaits moderation.
        Assert.Equal($"{path}?comment=received#comment-received", response.Headers.Location!.OriginalString);
        var stored = await StoredAsync(spam);
        Assert.Equal(CommentStatus.Spam, stored.Status);
        Assert.Equal("Contains the blocked word “casino”.", stored.HoldReason);
        Assert.Equal(CommentStatus.Approved, (await StoredAsync(harmless)).Status);
        Assert.Equal("Why it is here: Contains the blocked word “casino”.", await ModeratorSeesAsync(stored.Id, "spam"));
        var page = await _reader.GetDocumentAsync(path);
        Assert.DoesNotContain(stored.Id, page.CommentIdsShown());
        Assert.Equal(1, CommentCountInJsonLd(page));
    }

    [Fact]
    public async Task A_blocked_word_in_the_name_or_website_counts_too()
    {
        await host.SetCommentSettingsAsync(CommentRules.Defaults with { BlockedWords = ["casino"] });
        var (_, path) = await host.PublishStoryAsync("Pier theatre reopens");
        var byName = Unique("Nice show.");
        var byWebsite = Unique("Great show.");

        using var first = (await PostAsync(path, $"n-{Guid.NewGuid():N}@example.org", byName, name: "Casino King")).Response;
        using var second = (await PostAsync(path, $"w-{Guid.NewGuid():N}@example.org", byWebsite, website: "https://casino.example.com")).Response;

        Assert.Equal(CommentStatus.Spam, (await StoredAsync(byName)).Status);
        Assert.Equal(CommentStatus.Spam, (await StoredAsync(byWebsite)).Status);
    }

    [Fact]
    public async Task A_held_word_holds_the_comment_even_from_a_trusted_email()
    {
        await host.SetCommentSettingsAsync(CommentRules.Defaults with { HeldWords = ["refund", "lawsuit"] });
        var (_, path) = await host.PublishStoryAsync("Concert cancelled at short notice");
        var email = await host.EmailWithApprovedCommentAsync();
        var body = Unique("Who do I ask for a REFUND?");

        using var response = (await PostAsync(path, email, body)).Response;

        var stored = await StoredAsync(body);
        Assert.Equal(CommentStatus.Pending, stored.Status);
        Assert.Equal("Contains the held word “refund”.", stored.HoldReason);
        Assert.Equal("Why it is here: Contains the held word “refund”.", await ModeratorSeesAsync(stored.Id, "pending"));
        Assert.Empty((await _reader.GetDocumentAsync(path)).CommentIdsShown());
    }

    [Fact]
    public async Task With_the_rules_off_a_first_comment_with_many_links_goes_straight_up()
    {
        await host.SetCommentSettingsAsync(new CommentRules(HoldFirstComments: false, MaxLinks: null, [], []));
        var (_, path) = await host.PublishStoryAsync("Open data portal launched");
        var body = Unique(string.Join(' ', Enumerable.Range(1, 6).Select(i => $"https://data{i}.example")));

        var (response, _) = await PostAsync(path, $"first-{Guid.NewGuid():N}@example.org", body);

        var stored = await StoredAsync(body);
        Assert.Equal(CommentStatus.Approved, stored.Status);
        Assert.Null(stored.HoldReason);
        Assert.Equal($"{path}#comment-{stored.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal([stored.Id], (await _reader.GetDocumentAsync(path)).CommentIdsShown());
    }

    [Fact]
    public async Task Rules_saved_on_the_newsroom_settings_page_apply_to_the_next_comment()
    {
        await host.SetCommentSettingsAsync(CommentRules.Defaults);
        var (_, path) = await host.PublishStoryAsync("Market hall consultation");
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var settings = await admin.Client.ReadFormAsync("/newsroom/settings", "form.nr-settings");
        settings.Set("HeldWords", "bypass").Remove("HoldFirstComments");

        using var saved = await settings.PostAsync(admin.Client, "/newsroom/settings");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var free = Unique("The hall needs a new roof.");
        var held = Unique("Is the bypass part of the plan?");
        using var first = (await PostAsync(path, $"a-{Guid.NewGuid():N}@example.org", free)).Response;
        using var second = (await PostAsync(path, $"b-{Guid.NewGuid():N}@example.org", held)).Response;
        Assert.Equal(CommentStatus.Approved, (await StoredAsync(free)).Status);
        var stored = await StoredAsync(held);
        Assert.Equal(CommentStatus.Pending, stored.Status);
        Assert.Equal("Contains the held word “bypass”.", stored.HoldReason);
    }

    [Fact]
    public async Task Comments_close_fourteen_days_after_publication_the_page_says_so_and_a_post_is_refused()
    {
        await host.SetCommentSettingsAsync(CommentRules.Defaults);
        var (_, openPath) = await host.PublishStoryAsync("Thirteen days old", TimeSpan.FromDays(13));
        var (closedId, closedPath) = await host.PublishStoryAsync("Fifteen days old", TimeSpan.FromDays(15));
        var tokens = host.Services.GetRequiredService<CommentFormTokens>();
        var before = await host.CommentCountAsync();

        var open = await _reader.GetDocumentAsync(openPath);
        var closed = await _reader.GetDocumentAsync(closedPath);
        var body = Unique("Is it too late to say something?");
        var form = new CommentForm(closedPath, tokens.Issue(closedId));
        var (refused, refusedPage) = await _reader.SendFormAsync(form.Post("Late Reader", "late@example.org", null, body));

        Assert.NotNull(open.QuerySelector("form#leave-a-comment"));
        Assert.Null(open.QuerySelector(".comments__closed"));
        Assert.Null(closed.QuerySelector("form#leave-a-comment"));
        Assert.Equal("Comments are closed on this story.", closed.QuerySelector(".comments__closed")!.TextContent.Trim());
        Assert.Empty(closed.QuerySelectorAll("a.comment__reply"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Comments are closed on this story.", refusedPage.QuerySelector("#comments")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await host.CommentCountAsync());
        // Nothing the reader wrote is lost: the refusal shows their words again (the issue's "Bad input" rule).
        Assert.Contains(body, refusedPage.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_number_of_days_the_policy_and_the_storys_own_switch_decide_whether_comments_are_open()
    {
        var (_, fifteenDaysOld) = await host.PublishStoryAsync("Fifteen days old", TimeSpan.FromDays(15));
        var (_, fresh) = await host.PublishStoryAsync("Fresh");
        var (switchedOffId, switchedOff) = await host.PublishStoryAsync("Switched off", commentsOpen: false);
        async Task<bool> OpenAsync(string path) => (await _reader.GetDocumentAsync(path)).QuerySelector("form#leave-a-comment") is not null;

        await host.SetCommentSettingsAsync(CommentRules.Defaults, CommentPolicy.ClosedAfterDays, days: 30);
        Assert.True(await OpenAsync(fifteenDaysOld));
        Assert.True(await OpenAsync(fresh));
        Assert.False(await OpenAsync(switchedOff));

        await host.SetCommentSettingsAsync(CommentRules.Defaults, CommentPolicy.Open);
        Assert.True(await OpenAsync(fifteenDaysOld));
        Assert.False(await OpenAsync(switchedOff));

        await host.SetCommentSettingsAsync(CommentRules.Defaults, CommentPolicy.Closed);
        Assert.False(await OpenAsync(fifteenDaysOld));
        Assert.False(await OpenAsync(fresh));
        var tokens = host.Services.GetRequiredService<CommentFormTokens>();
        var before = await host.CommentCountAsync();
        var (refused, _) = await _reader.SendFormAsync(new CommentForm(switchedOff, tokens.Issue(switchedOffId))
            .Post("Ana", "ana@example.org", null, Unique("Closed everywhere")));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(before, await host.CommentCountAsync());

        await host.SetCommentSettingsAsync(CommentRules.Defaults);
        Assert.False(await OpenAsync(fifteenDaysOld));
        Assert.True(await OpenAsync(fresh));
    }

    [Fact]
    public async Task A_comment_on_an_unpublished_story_is_refused_and_nothing_is_stored()
    {
        await host.SetCommentSettingsAsync(CommentRules.Defaults);
        var (id, path) = await host.PublishStoryAsync("About to be withdrawn");
        var form = await CommentForm.ReadAsync(_reader, path);
        await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, ArticleStatus.Unpublished), Cancel));
        var before = await host.CommentCountAsync();

        using var response = (await _reader.SendFormAsync(form.Post("Ana", "ana@example.org", null, Unique("Still here?")))).Response;

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal(before, await host.CommentCountAsync());
    }
}
