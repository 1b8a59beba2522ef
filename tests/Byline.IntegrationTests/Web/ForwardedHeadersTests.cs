using System.Net;
using Byline.Accounts;
using Byline.Comments;
using Byline.IntegrationTests.Comments;
using Byline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Web;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address. A proxy listed in Byline:Proxy passes on the
/// reader's address (X-Forwarded-For) and scheme (X-Forwarded-Proto); the same headers from anyone else are ignored.
/// The test client connects from 127.0.0.1, which plays the proxy.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Reader = "203.0.113.7";
    private const string OtherReader = "198.51.100.23";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("127.0.0.1", null)]
    [InlineData(null, "127.0.0.0/8")]
    public async Task Behind_a_trusted_proxy_each_reader_address_has_its_own_comment_and_search_limits(string? knownProxy, string? knownNetwork)
    {
        await using var host = await ProxyHost.StartAsync(knownProxy, knownNetwork);
        using var client = host.CreateReader();

        Assert.Equal(HttpStatusCode.OK, await SearchFromAsync(client, Reader, "tram"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SearchFromAsync(client, Reader, "harbour"));
        Assert.Equal(HttpStatusCode.OK, await SearchFromAsync(client, OtherReader, "ferry"));

        var form = await CommentForm.ReadAsync(client, await host.PathOfAsync(Stories.Footbridge));
        for (var i = 0; i < ProxyHost.PostsPerAddress; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, await EmptyCommentFromAsync(client, form, Reader));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, await EmptyCommentFromAsync(client, form, Reader));
        Assert.Equal(HttpStatusCode.BadRequest, await EmptyCommentFromAsync(client, form, OtherReader));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("10.9.8.7")]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_known_proxy_are_ignored(string? knownProxy)
    {
        await using var host = await ProxyHost.StartAsync(knownProxy);
        using var client = host.CreateReader();

        Assert.Equal(HttpStatusCode.OK, await SearchFromAsync(client, Reader, "tram"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SearchFromAsync(client, OtherReader, "ferry"));

        var form = await CommentForm.ReadAsync(client, await host.PathOfAsync(Stories.Footbridge));
        for (var i = 0; i < ProxyHost.PostsPerAddress; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, await EmptyCommentFromAsync(client, form, Reader));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, await EmptyCommentFromAsync(client, form, OtherReader));

        using var https = await SendAsync(client, HttpMethod.Get, "/newsroom/sign-in", forwardedProto: "https");
        Assert.False(https.Headers.Contains("Strict-Transport-Security"), "HSTS on a scheme nobody trusted");
        Assert.DoesNotContain("secure", Attributes(CookieStartingWith(https, ".AspNetCore.Antiforgery.")));
    }

    [Fact]
    public async Task Https_forwarded_by_a_trusted_proxy_gets_hsts_and_secure_cookies_and_plain_http_gets_neither()
    {
        await using var host = await ProxyHost.StartAsync(knownProxy: "127.0.0.1");
        const string Email = "proxied.editor@newsroom.example.org";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<NewsroomMembers>()
                .CreateAsync(Email, "Percy Proxied", NewsroomRole.Editor, NewsroomSession.Password, Actor.System("Tests"), Cancel);
            Assert.True(created.Succeeded);
        }
        // No cookie jar: it would not send a Secure cookie back over the test's plain connection, as a browser talking
        // https to the proxy does; the cookies are carried by hand.
        using var client = host.CreateReader();

        using var plain = await SendAsync(client, HttpMethod.Get, "/newsroom/sign-in");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"), "HSTS over plain http");
        Assert.DoesNotContain("secure", Attributes(CookieStartingWith(plain, ".AspNetCore.Antiforgery.")));

        using var page = await SendAsync(client, HttpMethod.Get, "/newsroom/sign-in", forwardedProto: "https");
        Assert.Equal("max-age=31536000", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")));
        var antiforgery = CookieStartingWith(page, ".AspNetCore.Antiforgery.");
        Assert.Contains("secure", Attributes(antiforgery));

        using var signedIn = await SendAsync(client, HttpMethod.Post, "/newsroom/sign-in", forwardedProto: "https",
            cookie: antiforgery.Split(';')[0],
            form: new Dictionary<string, string>
            {
                ["Email"] = Email,
                ["Password"] = NewsroomSession.Password,
                ["__RequestVerificationToken"] = BrowserForm.AntiforgeryToken(await page.Content.ReadAsStringAsync(Cancel)),
            });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("secure", Attributes(CookieStartingWith(signedIn, AccountsRegistration.CookieName + "=")));

        var form = await CommentForm.ReadAsync(client, await host.PathOfAsync(Stories.Footbridge));
        using var comment = form.Post("Ana", $"ana-{Guid.NewGuid():N}@example.org", null, $"Sent through the proxy over https ({Guid.NewGuid():N}).");
        comment.Headers.Add("X-Forwarded-Proto", "https");
        comment.Headers.Add("X-Forwarded-For", "192.0.2.44");
        using var posted = await client.SendAsync(comment, Cancel);
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Contains("secure", Attributes(CookieStartingWith(posted, CommenterCookies.Name + "=")));
    }

    [Theory]
    [InlineData("Byline:Proxy:KnownProxies:0", "proxy.internal", "Byline:Proxy:KnownProxies")]
    [InlineData("Byline:Proxy:KnownNetworks:0", "10.0.0.0/33", "Byline:Proxy:KnownNetworks")]
    [InlineData("Byline:Proxy:ForwardLimit", "0", "Byline:Proxy:ForwardLimit")]
    public async Task A_proxy_setting_that_cannot_be_understood_stops_the_site_with_a_message_naming_it(string key, string value, string named)
    {
        await using var host = new ProxyHost();
        host.With(key, value);

        var refused = await Assert.ThrowsAnyAsync<Exception>(async () => await host.InitializeAsync());

        Assert.Contains(named, refused.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> SearchFromAsync(HttpClient client, string address, string query)
    {
        // Distinct queries, so the output cache cannot answer in the limiter's place.
        using var response = await SendAsync(client, HttpMethod.Get, $"/search?q={query}", forwardedFor: address);
        return response.StatusCode;
    }

    /// <summary>A comment without its text: refused with 400, but counted by the rate limiter like any post.</summary>
    private static async Task<HttpStatusCode> EmptyCommentFromAsync(HttpClient client, CommentForm form, string address)
    {
        using var request = form.Post("Ana", "ana@example.org", null, "");
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await client.SendAsync(request, Cancel);
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path,
        string? forwardedFor = null, string? forwardedProto = null, string? cookie = null, Dictionary<string, string>? form = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }
        return await client.SendAsync(request, Cancel);
    }

    private static string CookieStartingWith(HttpResponseMessage response, string prefix) =>
        Assert.Single(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>A Set-Cookie header's attributes (after the name and value), lower case.</summary>
    private static string[] Attributes(string setCookie) =>
        setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToArray();
}
