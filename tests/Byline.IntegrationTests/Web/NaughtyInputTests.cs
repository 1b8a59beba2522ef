using System.Net;
using AngleSharp.Html.Dom;
using Byline.Accounts;
using Byline.IntegrationTests.Comments;
using Byline.Site;
using Byline.Testing;

namespace Byline.IntegrationTests.Web;

/// <summary>
/// Every form a visitor can reach, given each of <see cref="NaughtyStrings"/> in each of its fields: the answer is the
/// form again (with its own message when it refuses), or a redirect to a page of this site; a reader form answers a body
/// larger than it could ever send with 413 and its message. Never a server error, never a dropped connection.
/// Newsroom forms check their antiforgery token first: a form that cannot be read at all (a NUL in it, a body of
/// megabytes) fails that check, and the answer is the site's 400 or 413 page, which says what went wrong.
/// </summary>
public sealed class NaughtyInputTests(NaughtyInputHost host) : IClassFixture<NaughtyInputHost>
{
    private const string Oversized = "oversized";

    /// <summary>Kestrel answers a longer request line with 414 before the application sees it; no browser sends one.</summary>
    private const int LongestAddressValue = 64 * 1024;
    private static readonly string[] StoryQuery = ["cpage", "corder", "replyto", "edit", "comment"];
    private static readonly string[] SearchQuery = ["q", "section", "author", "tag", "from", "to", "sort", "page"];

    private readonly List<string> _failures = [];
    private string _label = "";
    private string _value = "";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(NaughtyStrings.Labels), MemberType = typeof(NaughtyStrings))]
    public async Task Every_public_form_answers_any_value_in_any_field_with_a_page_of_its_own_and_never_a_server_error(string label)
    {
        _label = label;
        var value = _value = NaughtyStrings.FormEncoded(label);
        var (_, story) = await host.PublishStoryAsync($"Naughty input: {label}");

        await CommentFormAsync(story, value);
        await OwnCommentFormsAsync(story, value);
        await StoryQueryAsync(story, value);
        await SearchAsync(value);
        await SignInAsync(value);
        await InvitationAsync(value);
        // What was stored shows on the story and in its comment feed without breaking either.
        using var reader = host.CreateReader();
        await ExpectGetAsync(reader, story);
        await ExpectGetAsync(reader, SiteUrls.CommentFeed(story));

        Assert.True(_failures.Count == 0, $"With “{label}”:\n{string.Join('\n', _failures)}");
    }

    private async Task CommentFormAsync(string story, string value)
    {
        var email = await host.EmailWithApprovedCommentAsync();
        foreach (var field in new[] { "name", "email", "website", "body", "parentId", "homepage", "form_token" })
        {
            using var browser = host.CreateCommenterBrowser();
            var form = await CommentForm.ReadAsync(browser, story);
            var fields = new Dictionary<string, string>
            {
                ["name"] = "Nadia Naughton",
                ["email"] = email,
                ["website"] = "",
                ["body"] = $"A fair point about the tram. {Guid.NewGuid():N}",
                ["form_token"] = form.Token,
            };
            await ExpectAsync($"the comment form's {field}", browser, RawForm.With(form.Action, fields, field, value).ToRequest(), ShowsCommentErrors);
        }
    }

    private async Task OwnCommentFormsAsync(string story, string value)
    {
        using var browser = host.CreateCommenterBrowser();
        var form = await CommentForm.ReadAsync(browser, story);
        var body = $"Mine to change. {Guid.NewGuid():N}";
        using (var posted = await browser.SendAsync(form.Post("Owen Own", $"own-{Guid.NewGuid():N}@example.org", null, body), Cancel))
        {
            Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        }
        var commentId = (await host.CommentWithBodyAsync(body))!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var edit = new Dictionary<string, string> { ["commentId"] = commentId, ["body"] = $"Changed. {Guid.NewGuid():N}", ["form_token"] = form.Token };
        foreach (var field in edit.Keys)
        {
            await ExpectAsync($"the edit form's {field}", browser, RawForm.With($"{story}?handler=EditComment", edit, field, value).ToRequest(), ShowsCommentErrors);
        }
        // Last, as a delete that goes through ends the comment.
        var delete = new Dictionary<string, string> { ["commentId"] = commentId, ["form_token"] = form.Token };
        foreach (var field in delete.Keys)
        {
            await ExpectAsync($"the delete form's {field}", browser, RawForm.With($"{story}?handler=DeleteComment", delete, field, value).ToRequest(), ShowsCommentErrors);
        }
    }

    private async Task StoryQueryAsync(string story, string value)
    {
        using var reader = host.CreateReader();
        foreach (var parameter in StoryQuery.Where(_ => value.Length <= LongestAddressValue))
        {
            await ExpectGetAsync(reader, $"{story}?{parameter}={value}");
        }
    }

    private async Task SearchAsync(string value)
    {
        using var reader = host.CreateReader();
        foreach (var parameter in SearchQuery.Where(_ => value.Length <= LongestAddressValue))
        {
            await ExpectAsync($"the search form's {parameter}", reader, new HttpRequestMessage(HttpMethod.Get, new Uri($"/search?{parameter}={value}", UriKind.Relative)),
                page => page.QuerySelector(".field__error") is { TextContent.Length: > 0 });
        }
    }

    private async Task SignInAsync(string value)
    {
        var fields = new Dictionary<string, string>
        {
            ["Email"] = $"nobody-{Guid.NewGuid():N}@example.org",
            ["Password"] = "not anybody's password",
            ["RememberMe"] = "false",
            ["ReturnUrl"] = "/newsroom/stories",
        };
        foreach (var field in fields.Keys)
        {
            await ExpectNewsroomFormAsync($"the sign-in form's {field}", "/newsroom/sign-in", fields, field, value, ShowsNewsroomFormErrors);
        }
        // A member who signs in is sent on to the return address when it is one of the newsroom's, and to the desk otherwise.
        var member = new Dictionary<string, string>(fields) { ["Email"] = NaughtyInputHost.MemberEmail, ["Password"] = NewsroomSession.Password };
        await ExpectNewsroomFormAsync("the sign-in form's ReturnUrl, signing in", "/newsroom/sign-in", member, "ReturnUrl", value, _ => false);
    }

    private async Task InvitationAsync(string value)
    {
        var fields = new Dictionary<string, string> { ["Token"] = host.InvitationToken, ["Password"] = "a long and careful password", ["ConfirmPassword"] = "not the same password at all" };
        foreach (var field in fields.Keys)
        {
            // A link that is not an open invitation's gets the page that says so, without a form.
            await ExpectNewsroomFormAsync($"the invitation form's {field}", Invitations.AcceptPath, fields, field, value,
                page => ShowsNewsroomFormErrors(page) || (page.QuerySelector("form.nr-form") is null && page.QuerySelector(".nr-narrow h1") is not null));
        }
    }

    /// <summary>Posts a newsroom form as a browser does, with the antiforgery token of the page it came from.</summary>
    private async Task ExpectNewsroomFormAsync(string what, string path, Dictionary<string, string> fields, string field, string value, Func<IHtmlDocument, bool> showsItsMessage)
    {
        using var browser = NewsroomSession.CreateClient(host);
        var pagePath = fields.TryGetValue("Token", out var token) ? $"{path}?token={token}" : path;
        using var page = await browser.GetAsync(new Uri(pagePath, UriKind.Relative), Cancel);
        var antiforgery = BrowserForm.AntiforgeryToken(await page.Content.ReadAsStringAsync(Cancel));
        var withToken = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = antiforgery };
        await ExpectAsync(what, browser, RawForm.With(path, withToken, field, value).ToRequest(), showsItsMessage, checksAntiforgery: true);
    }

    private Task ExpectGetAsync(HttpClient client, string path) =>
        ExpectAsync($"GET {path[..Math.Min(path.Length, 120)]}", client, new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)), _ => true);

    private async Task ExpectAsync(string what, HttpClient client, HttpRequestMessage request, Func<IHtmlDocument, bool> showsItsMessage, bool checksAntiforgery = false)
    {
        HttpStatusCode status;
        IHtmlDocument page;
        Uri? location;
        try
        {
            (status, page, location) = await RawForm.SendAsync(client, request);
        }
        catch (HttpRequestException e)
        {
            _failures.Add($"{what} gave no answer: {e.InnerException?.Message ?? e.Message}");
            return;
        }
        var code = (int)status;
        var unreadable = request.Method == HttpMethod.Post && (_label == Oversized || _value.Contains("%00", StringComparison.Ordinal));
        if (_label == Oversized && request.Method == HttpMethod.Post && !checksAntiforgery
            && (status != HttpStatusCode.RequestEntityTooLarge || !showsItsMessage(page)))
        {
            _failures.Add($"{what} answered {code} to a body larger than the form could send, not 413 with its message");
        }
        else if (code >= 500)
        {
            _failures.Add($"{what} answered {code}");
        }
        else if (code >= 400 && status is not (HttpStatusCode.TooManyRequests or HttpStatusCode.RequestUriTooLong) && !showsItsMessage(page)
                 && !(checksAntiforgery && unreadable && IsErrorPageWithItsMessage(page)))
        {
            _failures.Add($"{what} answered {code} without the form and its message");
        }
        else if (code is >= 300 and < 400 && !IsOwnAddress(location))
        {
            _failures.Add($"{what} redirected to {location}, which is not an address of this site");
        }
    }

    private static bool IsOwnAddress(Uri? location) =>
        location is { IsAbsoluteUri: false } && location.OriginalString.StartsWith('/')
        && !location.OriginalString.StartsWith("//", StringComparison.Ordinal) && !location.OriginalString.StartsWith("/\\", StringComparison.Ordinal)
        && !location.OriginalString.Any(char.IsControl);

    private static bool ShowsCommentErrors(IHtmlDocument page) => page.FormErrors().Trim().Length > 0;

    private static bool ShowsNewsroomFormErrors(IHtmlDocument page) =>
        page.QuerySelector("form.nr-form") is not null
        && page.QuerySelectorAll(".notice--error, .field__error, .validation-summary-errors").Any(e => e.TextContent.Trim().Length > 0);

    private static bool IsErrorPageWithItsMessage(IHtmlDocument page) =>
        page.QuerySelector(".error-page h1") is { TextContent.Length: > 0 } && page.QuerySelector(".error-page .page-header__lede") is { TextContent.Length: > 0 };
}
