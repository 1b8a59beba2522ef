using AngleSharp.Html.Dom;

namespace Byline.IntegrationTests.Comments;

/// <summary>What a reader's browser posts from the "Leave a comment" form, built from the page it was served.</summary>
/// <param name="TokenUrl">Where the page's script fetches a reader's token (the form's <c>data-token-url</c>).</param>
internal sealed record CommentForm(string Action, string Token, string? TokenUrl = null)
{
    /// <summary>
    /// Reads the form as a browser with JavaScript has it once the reader starts on it: the token the page carries (a page
    /// made for this browser alone), or else one of the reader's own from the form's token address (wwwroot/js/comment-token.js).
    /// </summary>
    public static async Task<CommentForm> ReadAsync(HttpClient reader, string articlePath)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var served = AsServed(await reader.GetDocumentAsync(articlePath));
        return served.Token.Length > 0 ? served : await served.WithFreshTokenAsync(reader);
    }

    /// <summary>The form exactly as the page serves it, its token field as it is: as a robot or a browser without JavaScript posts it.</summary>
    public static CommentForm AsServed(IHtmlDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector("form#leave-a-comment")!;
        return new CommentForm(form.GetAttribute("action")!.Split('#')[0],
            form.QuerySelector("input[name=form_token]")!.GetAttribute("value") ?? "", form.GetAttribute("data-token-url"));
    }

    /// <summary>The same form with a new token from <see cref="TokenUrl"/>: a token posts one comment.</summary>
    public async Task<CommentForm> WithFreshTokenAsync(HttpClient reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return this with { Token = await reader.GetStringAsync(new Uri(TokenUrl!, UriKind.Relative), TestContext.Current.CancellationToken) };
    }

    /// <param name="parentId">The comment replied to (the form's hidden parentId field), as text so that a wrong type can be sent.</param>
    /// <param name="homepage">The honeypot field people never see; robots fill it in.</param>
    public HttpRequestMessage Post(string? name, string? email, string? website, string? body, string? token = "", string? parentId = null, string? homepage = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                fields.Add(new(key, value));
            }
        }
        Add("name", name);
        Add("email", email);
        Add("website", website);
        Add("body", body);
        Add("parentId", parentId);
        Add("homepage", homepage);
        Add("form_token", token == "" ? Token : token);
        return new HttpRequestMessage(HttpMethod.Post, new Uri(Action, UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
    }
}
