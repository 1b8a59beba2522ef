namespace Byline.Testing;

public static class HttpClientForms
{
    /// <summary>
    /// GETs <paramref name="formPagePath"/> (or <paramref name="path"/>) for its antiforgery token, then POSTs the fields
    /// to <paramref name="path"/> like a browser submitting that page's form.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string path, IDictionary<string, string> fields, string? formPagePath = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        using var page = await client.GetAsync(new Uri(formPagePath ?? path, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = NewsroomSession.AntiforgeryToken(html) };
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
