using System.Net;
using System.Text;
using AngleSharp.Html.Dom;

namespace Byline.IntegrationTests.Web;

/// <summary>
/// A form post whose fields are given already form-encoded, so that one of them can hold bytes a browser would never
/// send; the others are plain text, encoded here as a browser encodes them.
/// </summary>
internal sealed class RawForm(string action)
{
    private readonly List<string> _pairs = [];

    /// <summary>The form with <paramref name="fields"/> (plain text), and <paramref name="naughtyField"/> set to the encoded value instead.</summary>
    public static RawForm With(string action, IReadOnlyDictionary<string, string> fields, string naughtyField, string encodedValue)
    {
        var form = new RawForm(action);
        foreach (var (name, value) in fields.Where(f => f.Key != naughtyField))
        {
            form._pairs.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}");
        }
        form._pairs.Add($"{Uri.EscapeDataString(naughtyField)}={encodedValue}");
        return form;
    }

    public HttpRequestMessage ToRequest() => new(HttpMethod.Post, new Uri(action, UriKind.Relative))
    {
        Content = new StringContent(string.Join('&', _pairs), Encoding.UTF8, "application/x-www-form-urlencoded"),
    };

    public static async Task<(HttpStatusCode Status, IHtmlDocument Page, Uri? Location)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(client);
        using (request)
        {
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            return (response.StatusCode, page, response.Headers.Location);
        }
    }
}
