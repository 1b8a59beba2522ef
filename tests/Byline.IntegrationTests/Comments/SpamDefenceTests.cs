using System.Buffers.Text;
using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Byline.Comments;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Byline.IntegrationTests.Comments;

/// <summary>
/// The defences against comment spam that need no outside service: honeypot, minimum time, signed form token, same-origin
/// check, limits per email and per address (in the database and in the ASP.NET rate limiter), exact duplicates, and
/// links no search engine follows.
/// </summary>
public sealed class SpamDefenceTests(SpamDefenceHost host) : IClassFixture<SpamDefenceHost>
{
    private static readonly TimeSpan ReadingTime = TimeSpan.FromSeconds(5);
    private readonly HttpClient _reader = host.CreateReader();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Unique(string text) => $"{text} ({Guid.NewGuid():N})";

    private static string NewEmail() => $"reader-{Guid.NewGuid():N}@example.org";

    /// <summary>Reads the story's comment form, then lets the time a person takes to read and write go by.</summary>
    private async Task<CommentForm> ReadFormAsync(string path)
    {
        var form = await CommentForm.ReadAsync(_reader, path);
        host.FakeClock.Advance(ReadingTime);
        return form;
    }

    private Task<(HttpResponseMessage Response, IHtmlDocument Page)> SendAsync(HttpRequestMessage request) => _reader.SendFormAsync(request);

    private static int RetryAfterSeconds(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("Retry-After", out var values), "the 429 has no Retry-After header");
        return int.Parse(values.Single(), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_filled_honeypot_is_answered_like_a_received_comment_but_nothing_is_stored()
    {
        var (_, path) = await host.PublishStoryAsync("Honeypot story");
        var form = await ReadFormAsync(path);
        var before = await host.CommentCountAsync();
        var body = Unique("Buy followers now");

        var (response, _) = await SendAsync(form.Post("Robot", NewEmail(), null, body, homepage: "https://spam.example"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"{path}?comment=received#comment-received", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"), "a dropped comment must not give the robot a commenter cookie");
        Assert.Equal(before, await host.CommentCountAsync());
        Assert.Null(await host.CommentWithBodyAsync(body));
    }

    [Fact]
    public async Task The_honeypot_is_hidden_from_people_and_keeps_out_of_the_tab_order()
    {
        var (_, path) = await host.PublishStoryAsync("Honeypot markup");

        var page = await _reader.GetDocumentAsync(path);

        var trap = page.QuerySelector("form#leave-a-comment .comment-form__trap")!;
        Assert.Equal("true", trap.GetAttribute("aria-hidden"));
        var field = trap.QuerySelector("input[name=homepage]")!;
        Assert.Equal("-1", field.GetAttribute("tabindex"));
        Assert.Equal("off", field.GetAttribute("autocomplete"));
    }

    [Fact]
    public async Task A_form_posted_sooner_than_the_minimum_is_refused_with_the_text_kept_and_the_same_form_works_a_moment_later()
    {
        var (_, path) = await host.PublishStoryAsync("Too fast story");
        var form = await CommentForm.ReadAsync(_reader, path);
        var email = NewEmail();
        var body = Unique("Posted at machine speed");

        var (fast, page) = await SendAsync(form.Post("Quick Quentin", email, null, body));

        Assert.Equal(HttpStatusCode.BadRequest, fast.StatusCode);
        page.AssertFormKept("That was quicker than anyone can read and write.", "Quick Quentin", email, body);
        Assert.Null(await host.CommentWithBodyAsync(body));

        host.FakeClock.Advance(TimeSpan.FromSeconds(3));
        var (later, _) = await SendAsync(form.Post("Quick Quentin", email, null, body));

        Assert.Equal(HttpStatusCode.SeeOther, later.StatusCode);
        Assert.NotNull(await host.CommentWithBodyAsync(body));
    }

    [Fact]
    public async Task A_forged_or_altered_token_is_refused_with_the_text_kept()
    {
        var (_, path) = await host.PublishStoryAsync("Forged token story");
        var form = await ReadFormAsync(path);
        var bytes = Base64Url.DecodeFromChars(form.Token);
        bytes[^1] ^= 0x01;
        var altered = Base64Url.EncodeToString(bytes);
        var before = await host.CommentCountAsync();

        foreach (var token in new[] { "forged", altered, form.Token[..^6], Base64Url.EncodeToString(new byte[60]) })
        {
            var email = NewEmail();
            var body = Unique("With a token of my own making");
            var (response, page) = await SendAsync(form.Post("Forger", email, null, body, token));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            page.AssertFormKept("This form could not be verified. Your comment is kept below: please post it again.", "Forger", email, body);
        }
        Assert.Equal(before, await host.CommentCountAsync());
    }

    [Fact]
    public async Task A_token_for_another_story_is_refused()
    {
        var (_, path) = await host.PublishStoryAsync("Token owner");
        var (_, other) = await host.PublishStoryAsync("Token thief");
        var form = await ReadFormAsync(path);
        var otherForm = await ReadFormAsync(other);
        var body = Unique("Posted with the token of another story");

        var (response, page) = await SendAsync(form.Post("Ana", NewEmail(), null, body, otherForm.Token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("could not be verified", page.FormErrors(), StringComparison.Ordinal);
        Assert.Null(await host.CommentWithBodyAsync(body));
    }

    [Fact]
    public async Task A_form_older_than_its_lifetime_has_expired_and_the_text_is_kept()
    {
        var (_, path) = await host.PublishStoryAsync("Old form story");
        var form = await CommentForm.ReadAsync(_reader, path);
        host.FakeClock.Advance(CommentFormTokens.Lifetime + TimeSpan.FromMinutes(1));
        var email = NewEmail();
        var body = Unique("Written long ago");

        var (response, page) = await SendAsync(form.Post("Slow Sam", email, null, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        page.AssertFormKept("This form has expired. Your comment is kept below: please post it again.", "Slow Sam", email, body);
        Assert.Null(await host.CommentWithBodyAsync(body));
        // The refused page carries a fresh form: posting it (a while later) works.
        var fresh = page.QuerySelector("form#leave-a-comment input[name=form_token]")!.GetAttribute("value");
        host.FakeClock.Advance(ReadingTime);
        var (again, _) = await SendAsync(form.Post("Slow Sam", email, null, body, fresh));
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
    }

    [Fact]
    public async Task A_token_dated_in_the_future_is_refused_even_when_signed_with_the_sites_keys()
    {
        var (id, path) = await host.PublishStoryAsync("Future token story");
        var future = new FakeTimeProvider(host.FakeClock.GetUtcNow().AddHours(1));
        var tokens = new CommentFormTokens(host.Services.GetRequiredService<IDataProtectionProvider>(), future,
            host.Services.GetRequiredService<IOptions<CommentOptions>>());
        var form = await ReadFormAsync(path);
        var body = Unique("From the future");

        var (response, page) = await SendAsync(form.Post("Marty", NewEmail(), null, body, tokens.Issue(id)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This form has expired.", page.FormErrors(), StringComparison.Ordinal);
        Assert.Null(await host.CommentWithBodyAsync(body));
    }

    [Theory]
    [InlineData("Origin", "https://attacker.example.com")]
    [InlineData("Origin", "http://127.0.0.1.attacker.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_post_from_another_site_is_forbidden_and_nothing_is_stored(string header, string value)
    {
        var (_, path) = await host.PublishStoryAsync("Cross-site story");
        var form = await ReadFormAsync(path);
        var body = Unique("Posted from a page elsewhere");
        using var request = form.Post("Ana", NewEmail(), null, body);
        request.Headers.Add(header, value);

        var (response, page) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Comments can only be posted from this site's own pages.", page.FormErrors(), StringComparison.Ordinal);
        Assert.Null(await host.CommentWithBodyAsync(body));
    }

    [Fact]
    public async Task A_post_from_the_sites_own_origin_is_accepted()
    {
        var (_, path) = await host.PublishStoryAsync("Same-origin story");
        var form = await ReadFormAsync(path);
        var body = Unique("Posted from the story page itself");
        using var request = form.Post("Ana", NewEmail(), null, body);
        request.Headers.Add("Origin", host.BaseAddress.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var (response, _) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.NotNull(await host.CommentWithBodyAsync(body));
    }

    [Fact]
    public async Task Over_the_limit_per_email_the_reader_gets_429_with_when_to_try_again_and_the_form_with_their_text()
    {
        var (_, path) = await host.PublishStoryAsync("Busy thread");
        // The other tests of the class post from this address too; their comments leave the window first.
        host.FakeClock.Advance(TimeSpan.FromMinutes(11));
        var email = NewEmail();
        for (var i = 1; i <= SpamDefenceHost.PostsPerEmail; i++)
        {
            var (ok, _) = await SendAsync((await ReadFormAsync(path)).Post("Chatty Cathy", email, null, Unique($"Comment number {i}")));
            Assert.Equal(HttpStatusCode.SeeOther, ok.StatusCode);
        }
        var body = Unique("One comment too many");
        var before = await host.CommentCountAsync();

        var (refused, page) = await SendAsync((await ReadFormAsync(path)).Post("Chatty Cathy", email, null, body));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfterSeconds(refused), 1, 600);
        page.AssertFormKept("You have posted several comments in the last 10 minutes. Please wait 10 minutes and post again; your comment is kept below.",
            "Chatty Cathy", email, body);
        Assert.Equal(before, await host.CommentCountAsync());

        // Another commenter from the same address is not held back, and the first one may post again after the window.
        var (other, _) = await SendAsync((await ReadFormAsync(path)).Post("Quiet Quinn", NewEmail(), null, Unique("My only comment")));
        Assert.Equal(HttpStatusCode.SeeOther, other.StatusCode);
        host.FakeClock.Advance(TimeSpan.FromMinutes(10));
        var (later, _) = await SendAsync((await ReadFormAsync(path)).Post("Chatty Cathy", email, null, body));
        Assert.Equal(HttpStatusCode.SeeOther, later.StatusCode);
        Assert.NotNull(await host.CommentWithBodyAsync(body));
    }

    [Fact]
    public async Task The_time_to_wait_is_counted_from_the_emails_own_comments_not_from_older_ones_of_the_same_address()
    {
        var (_, path) = await host.PublishStoryAsync("Shared connection thread");
        host.FakeClock.Advance(TimeSpan.FromMinutes(11));
        // Someone else in the same household (same address) commented five minutes before.
        var (household, _) = await SendAsync((await ReadFormAsync(path)).Post("Housemate", NewEmail(), null, Unique("Earlier, from the same connection")));
        Assert.Equal(HttpStatusCode.SeeOther, household.StatusCode);
        host.FakeClock.Advance(TimeSpan.FromMinutes(5));
        var email = NewEmail();
        for (var i = 1; i <= SpamDefenceHost.PostsPerEmail; i++)
        {
            var (ok, _) = await SendAsync((await ReadFormAsync(path)).Post("Chatty Cathy", email, null, Unique($"Comment number {i}")));
            Assert.Equal(HttpStatusCode.SeeOther, ok.StatusCode);
        }

        var (refused, page) = await SendAsync((await ReadFormAsync(path)).Post("Chatty Cathy", email, null, Unique("One too many")));

        // This email's first comment in the window was posted about 10 seconds ago: it may post again in about 10 minutes.
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(page.FormErrors().Contains("Please wait 10 minutes and post again", StringComparison.Ordinal),
            $"the reader was told: {page.FormErrors().Trim()} (Retry-After: {RetryAfterSeconds(refused)} s)");
        Assert.InRange(RetryAfterSeconds(refused), 580, 600);
        host.FakeClock.Advance(TimeSpan.FromSeconds(RetryAfterSeconds(refused)));
        var (retried, _) = await SendAsync((await ReadFormAsync(path)).Post("Chatty Cathy", email, null, Unique("Posted when I was told I could")));
        Assert.Equal(HttpStatusCode.SeeOther, retried.StatusCode);
    }

    [Fact]
    public async Task The_limit_per_email_is_not_escaped_by_writing_the_email_in_other_capitals()
    {
        var (_, path) = await host.PublishStoryAsync("Capitals thread");
        var local = $"caps-{Guid.NewGuid():N}";
        var spellings = new[] { $"{local}@example.org", $"{local.ToUpperInvariant()}@example.org", $"{local}@EXAMPLE.ORG" };
        for (var i = 0; i < SpamDefenceHost.PostsPerEmail; i++)
        {
            var (ok, _) = await SendAsync((await ReadFormAsync(path)).Post("Caps Lock", spellings[i], null, Unique($"Comment {i}")));
            Assert.Equal(HttpStatusCode.SeeOther, ok.StatusCode);
        }

        var (third, _) = await SendAsync((await ReadFormAsync(path)).Post("Caps Lock", spellings[2], null, Unique("Same person, other capitals")));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task The_same_words_again_a_moment_later_lead_to_the_comment_already_stored_and_later_are_refused_with_409()
    {
        var (storyId, path) = await host.PublishStoryAsync("Duplicate story");
        var (_, otherStory) = await host.PublishStoryAsync("Another story");
        var email = NewEmail();
        var body = Unique("I said it once.");

        var (first, _) = await SendAsync((await ReadFormAsync(path)).Post("Echo", email, null, body));
        var (again, _) = await SendAsync((await ReadFormAsync(path)).Post("Echo", email, null, body));
        var (padded, _) = await SendAsync((await ReadFormAsync(path)).Post("Echo", email, null, $"  {body}\r\n"));

        // A second press of Post is no mistake of the reader's: it is answered like the first, and nothing is stored twice.
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(HttpStatusCode.SeeOther, padded.StatusCode);
        Assert.False(again.Headers.Contains("Set-Cookie"), "only the post that stored the comment gets the right to change it");
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Comments.CountAsync(c => c.Body == body, Cancel)));

        host.FakeClock.Advance(CommentIntake.RepeatWindow);
        var (later, page) = await SendAsync((await ReadFormAsync(path)).Post("Echo", email, null, body));
        Assert.Equal(HttpStatusCode.Conflict, later.StatusCode);
        page.AssertFormKept("You have already posted exactly this comment on this story.", "Echo", email, body);
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Comments.CountAsync(c => c.Body == body, Cancel)));

        // The same words from someone else, or on another story, are not duplicates.
        var (otherPerson, _) = await SendAsync((await ReadFormAsync(path)).Post("Narcissus", NewEmail(), null, body));
        var (elsewhere, _) = await SendAsync((await ReadFormAsync(otherStory)).Post("Echo", email, null, body));
        Assert.Equal(HttpStatusCode.SeeOther, otherPerson.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, elsewhere.StatusCode);
        Assert.Equal(2, await host.WithDatabaseAsync(db => db.Comments.CountAsync(c => c.Body == body && c.ArticleId == storyId, Cancel)));
    }

    [Fact]
    public async Task Links_in_comments_and_commenters_websites_are_marked_nofollow_ugc_noopener()
    {
        var (id, path) = await host.PublishStoryAsync("Links story");
        var comment = CommentArrangements.NewComment(id, "Sources: https://council.example/minutes and http://archive.example/1998.", name: "Linda Links");
        comment.AuthorWebsite = "https://linda.example";
        await host.AddCommentsAsync(comment);

        var page = await _reader.GetDocumentAsync(path);

        var links = page.GetElementById($"comment-{comment.Id}")!.QuerySelectorAll("a[href^='http']").ToList();
        Assert.Equal(["https://linda.example", "https://council.example/minutes", "http://archive.example/1998"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("nofollow ugc noopener", a.GetAttribute("rel")));
    }

    [Fact]
    public async Task Over_the_limit_per_address_the_rate_limiter_answers_429_with_a_page_that_says_when_to_try_again()
    {
        await using var limited = new AddressLimitHost();
        await limited.InitializeAsync();
        using var reader = limited.CreateReader();
        var path = await limited.PathOfAsync(Stories.Footbridge);
        var form = await CommentForm.ReadAsync(reader, path);
        for (var i = 0; i < AddressLimitHost.PostsPerAddress; i++)
        {
            var (invalid, _) = await reader.SendFormAsync(form.Post("Ana", "ana@example.org", null, ""));
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        }
        var body = Unique("A perfectly good comment, but the connection has posted enough");
        var before = await limited.CommentCountAsync();

        var (refused, page) = await reader.SendFormAsync(form.Post("Ana", $"ana-{Guid.NewGuid():N}@example.org", null, body));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfterSeconds(refused), 1, 600);
        Assert.Equal("Slow down a little", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Matches(@"^Too many comments came from your connection in a short time\. Please wait (a minute|\d+ minutes) and try again\.$",
            page.QuerySelector(".page-header__lede")!.TextContent.Trim());
        Assert.Equal(before, await limited.CommentCountAsync());
        // Reading is never limited.
        using var read = await reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Over_the_limit_per_address_in_the_database_the_form_comes_back_with_429_and_the_text()
    {
        await using var limited = new AddressLimitHost();
        await limited.InitializeAsync();
        using var reader = limited.CreateReader();
        var (id, path) = await limited.PublishStoryAsync("Address limit story");
        var firstBody = Unique("My first comment from this connection");
        var (first, _) = await reader.SendFormAsync((await CommentForm.ReadAsync(reader, path)).Post("Ana", NewEmail(), null, firstBody));
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);

        // The address is stored only as a keyed hash: the same for every post from it, and not the address itself.
        var hash = (await limited.CommentWithBodyAsync(firstBody))!.ClientHash;
        var expected = await limited.Services.GetRequiredService<CommenterFingerprints>().ClientHashAsync(IPAddress.Loopback, Cancel);
        Assert.Equal(expected, hash);
        Assert.DoesNotContain("127.0.0.1", hash!, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{32}$", hash);

        // Another node took a comment from the same address a minute ago: the count in the database holds across nodes.
        var fromAnotherNode = CommentArrangements.NewComment(id, Unique("Posted through another node"), CommentStatus.Pending, at: DateTimeOffset.UtcNow.AddMinutes(-1));
        fromAnotherNode.ClientHash = hash;
        await limited.AddCommentsAsync(fromAnotherNode);
        var email = NewEmail();
        var body = Unique("A third comment from this connection");

        var (refused, page) = await reader.SendFormAsync((await CommentForm.ReadAsync(reader, path)).Post("Ana", email, null, body));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfterSeconds(refused), 1, 600);
        page.AssertFormKept("You have posted several comments in the last 10 minutes. Please wait", "Ana", email, body);
        Assert.Contains("your comment is kept below", page.FormErrors(), StringComparison.Ordinal);
        Assert.Null(await limited.CommentWithBodyAsync(body));
    }
}
