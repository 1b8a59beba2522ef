namespace Byline.IntegrationTests.Comments;

/// <summary>What a reader's browser posts from the "Leave a comment" form, built from the page it was served.</summary>
internal sealed record CommentForm(string Action, string Token)
{
    /// <summary>
    /// Reads the form as a browser with JavaScript has it once the reader starts on it: the token the page carries (a page
    /// made for this browser alone), or else one of the reader's own from the form's token address (wwwroot/js/comment-token.js).
    /// </summary>
    public static async Task<CommentForm> ReadAsync(HttpClient reader, string articlePath)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var page = await reader.GetDocumentAsync(articlePath);
        var form = page.QuerySelector("form#leave-a-comment")!;
        var token = form.QuerySelector("input[name=form_token]")!.GetAttribute("value");
        if (string.IsNullOrEmpty(token))
        {
            token = await reader.GetStringAsync(new Uri(form.GetAttribute("data-token-url")!, UriKind.Relative), TestContext.Current.CancellationToken);
        }
        return new CommentForm(form.GetAttribute("action")!.Split('#')[0], token);
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
