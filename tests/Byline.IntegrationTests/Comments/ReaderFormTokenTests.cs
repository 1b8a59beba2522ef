using System.Net;
using AngleSharp.Html.Dom;

namespace Byline.IntegrationTests.Comments;

/// <summary>
/// The "too fast" rule on a cached story page. The page is the same bytes for every reader, so it carries no token; each
/// reader gets one of their own (with JavaScript from the form's token address when they start on the form, without it
/// from the first press of Post), the minimum time counts from that moment, and a token posts one comment only.
/// </summary>
public sealed class ReaderFormTokenTests(SpamDefenceHost host) : IClassFixture<SpamDefenceHost>
{
    private static readonly TimeSpan ReadingTime = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RobotPause = TimeSpan.FromMilliseconds(300);
    private readonly HttpClient _reader = host.CreateReader();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Unique(string text) => $"{text} ({Guid.NewGuid():N})";

    private static string NewEmail() => $"reader-{Guid.NewGuid():N}@example.org";

    private Task<(HttpResponseMessage Response, IHtmlDocument Page)> SendAsync(HttpRequestMessage request) => _reader.SendFormAsync(request);

    /// <summary>A new story's page, first served an hour ago (just within the cache's lifetime), as a reader gets it now.</summary>
    private async Task<(string Path, IHtmlDocument Page)> PageCachedAnHourAgoAsync(string headline)
    {
        var (_, path) = await host.PublishStoryAsync(headline);
        using var first = await _reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        host.FakeClock.Advance(TimeSpan.FromMinutes(59));

        using var now = await _reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, now.StatusCode);
        Assert.Equal(first.Headers.ETag, now.Headers.ETag);
        Assert.True(now.Headers.Age >= TimeSpan.FromMinutes(59), $"the page is not the copy made an hour ago (Age: {now.Headers.Age})");
        return (path, Html.Parse(await now.Content.ReadAsStringAsync(Cancel)));
    }

    [Fact]
    public async Task A_robot_posting_a_third_of_a_second_after_fetching_a_page_cached_an_hour_earlier_is_refused()
    {
        var (path, page) = await PageCachedAnHourAgoAsync("Cached an hour ago");
        var body = Unique("Cheap watches, fast");
        host.FakeClock.Advance(RobotPause);

        var (response, refused) = await SendAsync(CommentForm.AsServed(page).Post("Robot", NewEmail(), null, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await host.CommentWithBodyAsync(body));

        // Neither is the token that refusal hands out, nor one from the token address, when posted as fast.
        host.FakeClock.Advance(RobotPause);
        var (again, _) = await SendAsync(CommentForm.AsServed(refused).Post("Robot", NewEmail(), null, body));
        var fetched = await CommentForm.ReadAsync(_reader, path);
        host.FakeClock.Advance(RobotPause);
        var (withFetched, fetchedRefusal) = await SendAsync(fetched.Post("Robot", NewEmail(), null, body));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withFetched.StatusCode);
        Assert.Contains("That was quicker than anyone can read and write.", fetchedRefusal.FormErrors(), StringComparison.Ordinal);
        Assert.Null(await host.CommentWithBodyAsync(body));
    }

    [Fact]
    public async Task A_reader_on_a_page_cached_an_hour_earlier_fetches_a_token_of_their_own_writes_and_posts()
    {
        var (path, page) = await PageCachedAnHourAgoAsync("A reader's own token");
        var form = page.QuerySelector("form#leave-a-comment")!;
        Assert.Equal("", form.QuerySelector("input[name=form_token]")!.GetAttribute("value"));

        using var tokenResponse = await _reader.GetAsync(new Uri(form.GetAttribute("data-token-url")!, UriKind.Relative), Cancel);
        var token = await tokenResponse.Content.ReadAsStringAsync(Cancel);
        host.FakeClock.Advance(ReadingTime);
        var body = Unique("Read it, thought about it, wrote this");
        var (response, _) = await SendAsync(new CommentForm(path, token).Post("Patient Pat", NewEmail(), null, body));

        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        Assert.Equal("no-store", tokenResponse.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.NotNull(await host.CommentWithBodyAsync(body));
    }

    [Fact]
    public async Task The_token_address_gives_every_reader_a_token_of_their_own()
    {
        var (_, path) = await host.PublishStoryAsync("Tokens of their own");
        var tokenUrl = (await _reader.GetDocumentAsync(path)).QuerySelector("form#leave-a-comment")!.GetAttribute("data-token-url")!;

        var tokens = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            tokens.Add(await _reader.GetStringAsync(new Uri(tokenUrl, UriKind.Relative), Cancel));
        }

        Assert.Equal(3, tokens.Distinct().Count());
        Assert.All(tokens, token => Assert.Matches("^[A-Za-z0-9_-]{40,}$", token));
    }

    [Fact]
    public async Task A_token_that_posted_a_comment_is_refused_the_second_time_and_the_text_is_kept()
    {
        var (_, path) = await host.PublishStoryAsync("One comment per token");
        var form = await CommentForm.ReadAsync(_reader, path);
        host.FakeClock.Advance(ReadingTime);
        var (first, _) = await SendAsync(form.Post("Once Only", NewEmail(), null, Unique("My one comment")));
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        var email = NewEmail();
        var body = Unique("Another comment with the same token");
        host.FakeClock.Advance(ReadingTime);

        var (reused, page) = await SendAsync(form.Post("Twice Over", email, null, body));

        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        page.AssertFormKept("This form has already posted a comment. Your comment is kept below: please press Post again.", "Twice Over", email, body);
        Assert.Null(await host.CommentWithBodyAsync(body));
        // The form that came back has a token of its own, which posts the comment.
        host.FakeClock.Advance(ReadingTime);
        var (again, _) = await SendAsync(CommentForm.AsServed(page).Post("Twice Over", email, null, body));
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.NotNull(await host.CommentWithBodyAsync(body));
    }

    [Fact]
    public async Task Without_JavaScript_the_first_press_of_Post_brings_the_form_back_with_the_words_and_the_second_posts()
    {
        var (_, page) = await PageCachedAnHourAgoAsync("No JavaScript here");
        var email = NewEmail();
        var body = Unique("Written in a browser without scripts");
        host.FakeClock.Advance(ReadingTime);

        var (firstPress, again) = await SendAsync(CommentForm.AsServed(page).Post("Lynx User", email, null, body));

        Assert.Equal(HttpStatusCode.BadRequest, firstPress.StatusCode);
        again.AssertFormKept("One more step: please check your comment below and press Post again.", "Lynx User", email, body);
        Assert.False(firstPress.Headers.CacheControl?.Public ?? false, "a page with a reader's own token must never be cached for others");
        Assert.Null(await host.CommentWithBodyAsync(body));

        host.FakeClock.Advance(TimeSpan.FromSeconds(3));
        var (secondPress, _) = await SendAsync(CommentForm.AsServed(again).Post("Lynx User", email, null, body));

        Assert.Equal(HttpStatusCode.SeeOther, secondPress.StatusCode);
        Assert.NotNull(await host.CommentWithBodyAsync(body));
    }
}
