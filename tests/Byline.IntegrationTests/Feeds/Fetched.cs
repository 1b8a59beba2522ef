using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Byline.IntegrationTests.Feeds;

/// <summary>One answer of the site, read in full: status, media type and body.</summary>
internal sealed record Fetched(Uri Address, HttpStatusCode Status, string? MediaType, string Body)
{
    public Fetched EnsureOk()
    {
        Assert.True(Status == HttpStatusCode.OK, $"GET {Address} answered {(int)Status}");
        return this;
    }

    public XDocument Xml() => XDocument.Parse(Body);

    public JsonObject Json() => Assert.IsType<JsonObject>(JsonNode.Parse(Body));
}

internal static class MachineHttp
{
    /// <summary>GETs a site path ("/feed") or an absolute URL the site itself wrote (a sitemap's loc).</summary>
    public static async Task<Fetched> FetchAsync(this HttpClient client, string pathOrUrl)
    {
        var address = new Uri(pathOrUrl, UriKind.RelativeOrAbsolute);
        using var response = await client.GetAsync(address, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new Fetched(address, response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    public static async Task<Fetched> FetchOkAsync(this HttpClient client, string pathOrUrl) =>
        (await client.FetchAsync(pathOrUrl)).EnsureOk();
}
