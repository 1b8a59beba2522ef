using Xunit;

namespace Byline.Testing;

public static class HttpClientForms
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// GETs <paramref name="formPagePath"/> (or <paramref name="path"/>) for its antiforgery token, then POSTs the fields
    /// to <paramref name="path"/> like a browser submitting that page's form.
    /// </summary>
    public static Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string path, IDictionary<string, string> fields, string? formPagePath = null) =>
        client.PostFormAsync(path, (IEnumerable<KeyValuePair<string, string>>)fields, formPagePath);

    /// <summary>The same with fields that may repeat (several ticked boxes of one name).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? formPagePath = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        using var page = await client.GetAsync(new Uri(formPagePath ?? path, UriKind.RelativeOrAbsolute), Cancel);
        var html = await page.Content.ReadAsStringAsync(Cancel);
        using var content = new FormUrlEncodedContent(fields.Append(new(BrowserForm.AntiforgeryField, BrowserForm.AntiforgeryToken(html))));
        return await client.PostAsync(new Uri(path, UriKind.RelativeOrAbsolute), content, Cancel);
    }

    /// <summary>GETs <paramref name="path"/> and reads its form <paramref name="selector"/> as the browser has it.</summary>
    public static async Task<BrowserForm> ReadFormAsync(this HttpClient client, string path, string selector = "form")
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(path, UriKind.RelativeOrAbsolute), Cancel);
        return BrowserForm.Read(BrowserForm.Parse(html), selector);
    }
}
