using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Byline.Testing;

namespace Byline.IntegrationTests.Feeds;

public sealed class CompressionTests(BylineHost host) : IClassFixture<BylineHost>
{
    [Theory]
    [InlineData("/feed", "br")]
    [InlineData("/feed", "gzip")]
    [InlineData("/feed/atom", "br")]
    [InlineData("/feed/json", "br")]
    [InlineData("/sitemap.xml", "br")]
    [InlineData("/news-sitemap.xml", "gzip")]
    public async Task A_machine_readable_answer_is_compressed_when_the_reader_accepts_it(string path, string encoding)
    {
        using var client = RawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var body = await Decompress(response, encoding);
        if (path.EndsWith("/json", StringComparison.Ordinal))
        {
            Assert.IsType<JsonObject>(JsonNode.Parse(body));
        }
        else
        {
            Assert.NotNull(XDocument.Parse(body).Root);
        }
    }

    [Fact]
    public async Task A_feed_is_sent_as_is_to_a_reader_that_accepts_no_compression()
    {
        using var client = RawClient();

        using var response = await client.GetAsync(new Uri("/feed", UriKind.Relative), TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        Assert.Empty(response.Content.Headers.ContentEncoding);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("rss", XDocument.Parse(body).Root?.Name.LocalName);
    }

    /// <summary>A client that decompresses nothing, so the test sees the bytes as sent.</summary>
    private HttpClient RawClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = host.BaseAddress,
        };

    private static async Task<string> Decompress(HttpResponseMessage response, string encoding)
    {
        await using var raw = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        await using Stream decoded = encoding == "br"
            ? new BrotliStream(raw, CompressionMode.Decompress)
            : new GZipStream(raw, CompressionMode.Decompress);
        using var text = new StreamReader(decoded, Encoding.UTF8);
        return await text.ReadToEndAsync(TestContext.Current.CancellationToken);
    }
}
