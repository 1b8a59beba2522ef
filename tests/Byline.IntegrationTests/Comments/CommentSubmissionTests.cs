using System.Net;
using Byline.Comments;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Comments;

public sealed class CommentSubmissionTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string Story = "night-tram-trial-timetable";
    private readonly HttpClient _reader = host.CreateReader();

    private Task<int> CommentCountAsync() =>
        host.WithDatabaseAsync(db => db.Comments.CountAsync(TestContext.Current.CancellationToken));

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> SendAsync(HttpRequestMessage request)
    {
        var response = await _reader.SendAsync(request, TestContext.Current.CancellationToken);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (response, page);
    }

    [Fact]
    public async Task A_valid_comment_is_stored_as_pending_and_the_reader_is_told_it_awaits_moderation()
    {
        var path = await host.PathOfAsync(Story);
        var form = await CommentForm.ReadAsync(_reader, path);
        var body = $"The number 2 tram is always full after the concerts at the Corn Exchange. {Guid.NewGuid():N}";

        var (response, _) = await SendAsync(form.Post("Wilhelmina Crane", "wil.crane@example.net", "https://crane.example.net", body));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"{path}?comment=received#comment-received", response.Headers.Location!.OriginalString);
        var stored = await host.WithDatabaseAsync(db => db.Comments.SingleAsync(c => c.Body == body, TestContext.Current.CancellationToken));
        Assert.Equal(CommentStatus.Pending, stored.Status);
        Assert.Equal("wil.crane@example.net", stored.AuthorEmail);
        Assert.Equal("https://crane.example.net", stored.AuthorWebsite);

        var after = await _reader.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Contains("awaits moderation", after.GetElementById("comment-received")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(body, after.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("wil.crane@example.net", after.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("wil.crane@example.net", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_pending_comment_is_not_shown_until_approved()
    {
        var path = await host.PathOfAsync(Story);
        var form = await CommentForm.ReadAsync(_reader, path);
        var body = $"Pending until a moderator reads it {Guid.NewGuid():N}";
        using var posted = (await SendAsync(form.Post("Ola Brandt", "ola@example.org", null, body))).Response;
        await host.EvictCachedPagesAsync();

        var page = await _reader.GetDocumentAsync(path);
        Assert.DoesNotContain(body, page.Body!.TextContent, StringComparison.Ordinal);

        await host.WithDatabaseAsync(db => db.Comments.Where(c => c.Body == body)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CommentStatus.Approved), TestContext.Current.CancellationToken));
        await host.EvictCachedPagesAsync();
        var approved = await _reader.GetDocumentAsync(path);
        Assert.Contains(body, approved.QuerySelector(".comment-list")!.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string, string?, string?, string?, string?, string> InvalidSubmissions => new()
    {
        { "empty name", "", "ana@example.org", null, "Hello", "Please tell us your name." },
        { "name too long", new string('n', 101), "ana@example.org", null, "Hello", "Your name can be at most 100 characters long." },
        { "missing email", "Ana", null, null, "Hello", "Please give your email address. It will never be published." },
        { "malformed email", "Ana", "ana(at)example", null, "Hello", "That does not look like an email address, for example name@example.org." },
        { "email without domain", "Ana", "ana@localhost", null, "Hello", "That does not look like an email address, for example name@example.org." },
        { "script website", "Ana", "ana@example.org", "javascript:alert(1)", "Hello", "The website must be a full address starting with http:// or https://." },
        { "empty body", "Ana", "ana@example.org", null, "   ", "Please write your comment." },
        { "body too long", "Ana", "ana@example.org", null, new string('b', 10_001), "Your comment can be at most 10,000 characters long." },
    };

    [Theory]
    [MemberData(nameof(InvalidSubmissions))]
    public async Task An_invalid_comment_comes_back_with_the_error_and_what_was_typed_and_nothing_is_stored(
        string _, string? name, string? email, string? website, string? body, string expectedError)
    {
        var path = await host.PathOfAsync(Story);
        var form = await CommentForm.ReadAsync(_reader, path);
        var before = await CommentCountAsync();

        var (response, page) = await SendAsync(form.Post(name, email, website, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expectedError, page.QuerySelector("#comment-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CommentCountAsync());
        Assert.Equal(name ?? "", page.QuerySelector("#comment-name")!.GetAttribute("value") ?? "");
        Assert.Equal(body?.Trim() ?? "", page.QuerySelector("#comment-body")!.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector("[aria-invalid=true]")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Control_characters_in_the_name_and_comment_are_left_out_and_the_rest_is_stored()
    {
        var form = await CommentForm.ReadAsync(_reader, await host.PathOfAsync(Story));
        var email = $"ada-{Guid.NewGuid():N}@example.org";

        var (response, _) = await SendAsync(form.Post("Ada\u0001\u0002 Lovelace\u007F", email, null, "Bells\u0007 and escapes\u001B[0m stay out;\ttabs\r\nand new lines stay."));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = await host.WithDatabaseAsync(db => db.Comments.SingleAsync(c => c.AuthorEmail == email, TestContext.Current.CancellationToken));
        Assert.Equal("Ada Lovelace", stored.AuthorName);
        Assert.Equal("Bells and escapes[0m stay out;\ttabs\nand new lines stay.", stored.Body);
    }

    [Fact]
    public async Task A_form_holding_a_NUL_character_comes_back_with_its_own_message_and_nothing_is_stored()
    {
        var form = await CommentForm.ReadAsync(_reader, await host.PathOfAsync(Story));
        var before = await CommentCountAsync();

        var (response, page) = await SendAsync(form.Post("Ada\0\u0001\u0002", "ada@example.org", null, "Hello\0there"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Your comment could not be read", page.FormErrors(), StringComparison.Ordinal);
        // The fields were never read: no field is said to be missing.
        Assert.DoesNotContain("Please tell us your name.", page.FormErrors(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form#leave-a-comment"));
        Assert.Equal(before, await CommentCountAsync());
    }

    [Fact]
    public async Task A_post_far_larger_than_the_form_can_send_is_refused_with_413_and_its_own_message()
    {
        var form = await CommentForm.ReadAsync(_reader, await host.PathOfAsync(Story));
        var before = await CommentCountAsync();

        var (response, page) = await SendAsync(form.Post("Ana", "ana@example.org", null, new string('x', 5 * 1024 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("far more than a comment can hold", page.FormErrors(), StringComparison.Ordinal);
        Assert.Equal(before, await CommentCountAsync());
    }

    [Fact]
    public async Task A_post_without_the_form_token_is_refused_and_nothing_is_stored()
    {
        var form = await CommentForm.ReadAsync(_reader, await host.PathOfAsync(Story));
        var before = await CommentCountAsync();

        var (response, page) = await SendAsync(form.Post("Ana", "ana@example.org", null, "Hello there", token: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("press Post again", page.QuerySelector("#comment-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Hello there", page.QuerySelector("#comment-body")!.TextContent.Trim());
        Assert.Equal(before, await CommentCountAsync());
    }

    [Fact]
    public async Task A_forged_token_or_one_from_another_story_is_refused()
    {
        var form = await CommentForm.ReadAsync(_reader, await host.PathOfAsync(Story));
        var otherStoryForm = await CommentForm.ReadAsync(_reader, await host.PathOfAsync(Stories.Footbridge));
        var before = await CommentCountAsync();

        foreach (var token in new[] { "forged-token", form.Token[..^4] + "AAAA", otherStoryForm.Token })
        {
            var (response, _) = await SendAsync(form.Post("Ana", "ana@example.org", null, "Hello there", token));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.Equal(before, await CommentCountAsync());
    }

    [Fact]
    public async Task A_post_from_another_site_is_refused()
    {
        var form = await CommentForm.ReadAsync(_reader, await host.PathOfAsync(Story));
        var before = await CommentCountAsync();
        using var request = form.Post("Ana", "ana@example.org", null, "Hello from elsewhere");
        request.Headers.Add("Origin", "https://attacker.example.com");

        var (response, page) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("this site's own pages", page.QuerySelector("#comment-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CommentCountAsync());
    }

    [Fact]
    public async Task A_story_with_comments_closed_refuses_comments_and_says_so()
    {
        const string closed = "review-the-tide-clock-gullrock-playhouse";
        var path = await host.PathOfAsync(closed);
        var form = await CommentForm.ReadAsync(_reader, path);
        await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Slug == closed)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.CommentsOpen, false), TestContext.Current.CancellationToken));
        await host.EvictCachedPagesAsync();
        var before = await CommentCountAsync();

        var (response, _) = await SendAsync(form.Post("Ana", "ana@example.org", null, "Too late?"));
        var page = await _reader.GetDocumentAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CommentCountAsync());
        Assert.Null(page.QuerySelector("form#leave-a-comment"));
        Assert.Equal("Comments are closed on this story.", page.QuerySelector(".comments__closed")!.TextContent);
    }
}
