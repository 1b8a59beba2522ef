using System.Net;
using System.Net.Http.Headers;
using Byline.Testing;

namespace Byline.IntegrationTests.Pages;

/// <summary>How pages and assets travel: compressed, cached for as long as they safely can be, with security headers.</summary>
public sealed class DeliveryTests(BylineHost host) : IClassFixture<BylineHost>
{
    private readonly HttpClient _reader = host.CreateReader();

    [Fact]
    public async Task The_stylesheet_is_fingerprinted_compressed_cached_for_a_year_and_small()
    {
        var page = await _reader.GetDocumentAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]:not([media=print])")!.GetAttribute("href")!;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(href, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var compressed = await _reader.SendAsync(request, TestContext.Current.CancellationToken);
        using var plain = await _reader.GetAsync(new Uri(href, UriKind.Relative), TestContext.Current.CancellationToken);
        var css = await plain.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal("br", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Equal("public, max-age=31536000, immutable", compressed.Headers.CacheControl!.ToString());
        // 24 KB: the reader theme of issue 15 adds the @font-face rules (3.4 KB of unicode ranges, which Brotli shrinks
        // to a few hundred bytes on the wire) and the pages of that issue add their own rules.
        Assert.True(css.Length < 24 * 1024, $"the stylesheet is {css.Length:N0} bytes");
    }

    [Fact]
    public async Task Pages_are_compressed_with_brotli_or_gzip_as_the_browser_asks()
    {
        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(await host.PathOfAsync(Stories.Footbridge), UriKind.Relative));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await _reader.SendAsync(request, TestContext.Current.CancellationToken);

            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        }
    }

    [Fact]
    public async Task Every_page_carries_a_strict_content_security_policy_and_no_sniffing()
    {
        foreach (var path in new[] { "/", await host.PathOfAsync(Stories.Footbridge), "/no-such-page" })
        {
            using var response = await _reader.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", string.Join(' ', response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("strict-origin-when-cross-origin", string.Join(' ', response.Headers.GetValues("Referrer-Policy")));
        }
    }

    [Fact]
    public async Task Pages_carry_no_inline_script_only_deferred_enhancements_from_the_site_itself()
    {
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.Footbridge));
        var scripts = page.QuerySelectorAll("script:not([type='application/ld+json'])");

        Assert.All(scripts, script =>
        {
            Assert.StartsWith("/js/", script.GetAttribute("src"), StringComparison.Ordinal);
            Assert.True(script.HasAttribute("defer"));
            Assert.Equal("", script.TextContent);
        });
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        using var alive = await _reader.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        using var ready = await _reader.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
