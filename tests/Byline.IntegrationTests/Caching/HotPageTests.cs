using System.IO.Compression;
using System.Net;
using Byline.Caching;
using Byline.Caching.HotPages;
using Byline.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Byline.IntegrationTests.Caching;

/// <summary>
/// The fast path: a plain read of a page already made is answered from this node's hot pages, byte for byte and header
/// for header what the full pipeline sends, precompressed for readers who accept it, and gone when the output cache's
/// tags are evicted or its hour is up.
/// </summary>
public sealed class HotPageTests(HotPageTests.ClockedHost host) : IClassFixture<HotPageTests.ClockedHost>
{
    public sealed class ClockedHost : BylineHost
    {
        public ClockedHost() => Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    private HotPageStore Store => host.Services.GetRequiredService<HotPageStore>();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, params (string Name, string Value)[] headers)
    {
        using var reader = host.CreateReader();
        return await SendAsync(reader, HttpMethod.Get, path, headers);
    }

    private bool IsHot(string path) =>
        Store.Find(string.Concat("http://", host.BaseAddress.Authority.ToLowerInvariant(), path.ToLowerInvariant())) is not null;

    [Fact]
    public async Task A_page_read_twice_is_hot_and_sent_with_the_same_bytes_and_headers()
    {
        var path = await host.PathOfAsync(Stories.Footbridge);
        await host.EvictCachedPagesAsync();

        using var made = await GetAsync(path);
        Assert.True(IsHot(path), "the rendered story did not become a hot page");
        using var hot = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, hot.StatusCode);
        Assert.Equal(await made.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken),
            await hot.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        foreach (var header in new[] { "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Surrogate-Key" })
        {
            Assert.Equal(made.Headers.GetValues(header), hot.Headers.GetValues(header));
        }
        Assert.Equal(made.Headers.ETag, hot.Headers.ETag);
        Assert.Equal(made.Headers.CacheControl, hot.Headers.CacheControl);
        Assert.Equal(made.Content.Headers.ContentType, hot.Content.Headers.ContentType);
        Assert.Equal(made.Content.Headers.ContentLength, hot.Content.Headers.ContentLength);
        Assert.NotNull(hot.Headers.Age);
    }

    [Fact]
    public async Task A_reader_who_accepts_brotli_or_gzip_gets_the_page_compressed_with_its_own_etag()
    {
        const string path = "/business";
        using var plain = await GetAsync(path);
        var text = await plain.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.True(IsHot(path));

        using var brotli = await GetAsync(path, ("Accept-Encoding", "gzip, deflate, br"));
        using var gzip = await GetAsync(path, ("Accept-Encoding", "gzip, br;q=0"));

        Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
        Assert.Equal(text, Decompress(await brotli.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), s => new BrotliStream(s, CompressionMode.Decompress)));
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.Equal(text, Decompress(await gzip.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), s => new GZipStream(s, CompressionMode.Decompress)));
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);
        Assert.NotEqual(plain.Headers.ETag, brotli.Headers.ETag);
        Assert.NotEqual(brotli.Headers.ETag, gzip.Headers.ETag);
        Assert.True(brotli.Content.Headers.ContentLength < text.Length / 2, "the Brotli body is not much smaller than the page");
    }

    [Fact]
    public async Task A_hot_page_answers_its_etag_with_304_and_a_head_request_with_headers_only()
    {
        const string path = "/environment";
        using var first = await GetAsync(path);
        Assert.True(IsHot(path));

        using var notModified = await GetAsync(path, ("If-None-Match", first.Headers.ETag!.Tag));
        using var reader = host.CreateReader();
        using var head = await SendAsync(reader, HttpMethod.Head, path);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(first.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Evicting_a_tag_the_page_carries_drops_it_and_the_next_read_makes_it_again()
    {
        var story = await host.StoryAsync(Stories.PortRecord);
        var path = await host.PathOfAsync(Stories.PortRecord);
        using var first = await GetAsync(path);
        Assert.True(IsHot(path));

        await host.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(CacheTags.Article(story.Id), TestContext.Current.CancellationToken);

        Assert.False(IsHot(path), "the evicted story stayed hot");
        using var again = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(IsHot(path));
    }

    [Fact]
    public async Task A_hot_page_expires_with_the_hour_of_the_output_cache()
    {
        const string path = "/culture";
        using var first = await GetAsync(path);
        Assert.True(IsHot(path));

        host.Clock!.Advance(HotPageCapture.Lifetime + TimeSpan.FromSeconds(1));

        Assert.False(IsHot(path));
    }

    [Fact]
    public async Task Reads_with_a_query_string_or_a_cookie_and_search_results_never_become_hot()
    {
        using var paged = await GetAsync("/?page=2");
        using var withCookie = await GetAsync("/sport", ("Cookie", "byline-c-1=x"));
        using var search = await GetAsync("/search?q=harbour");

        Assert.True(paged.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.MovedPermanently, paged.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.OK, withCookie.StatusCode);
        Assert.False(IsHot("/"), "a request with ?page= made a hot page of the front page");
        Assert.False(IsHot("/sport"), "a request with a cookie made a hot page");
        Assert.False(IsHot("/search"), "search results became a hot page");
    }

    private static byte[] Decompress(byte[] compressed, Func<Stream, Stream> decompressor)
    {
        using var output = new MemoryStream();
        using (var stream = decompressor(new MemoryStream(compressed)))
        {
            stream.CopyTo(output);
        }
        return output.ToArray();
    }
}
