using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

public sealed class SignInTests(BylineHost host) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page()
    {
        using var client = NewsroomSession.CreateClient(host);
        using var response = await client.GetAsync(new Uri("/newsroom", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/newsroom/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_signs_in_and_reaches_the_desk_with_a_strict_private_cookie()
    {
        using var session = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Rhiannon Vale");
        using var desk = await session.Client.GetAsync(new Uri("/newsroom", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await desk.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, desk.StatusCode);
        Assert.Contains("Good to see you, Rhiannon", html, StringComparison.Ordinal);
        Assert.True(desk.Headers.CacheControl!.Private && desk.Headers.CacheControl.NoStore);
        var entries = await host.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.ActorId == session.User.Id && e.Action == AuditActions.SignIn).CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, entries);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_same_site_strict_and_scoped_to_the_newsroom()
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NewsroomMembers>().CreateAsync(
                "cookie.check@newsroom.example.org", "Cookie Check", NewsroomRole.Editor, NewsroomSession.Password, Actor.System("Tests"), TestContext.Current.CancellationToken);
        }
        using var client = NewsroomSession.CreateClient(host);
        using var response = await client.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = "cookie.check@newsroom.example.org",
            ["Password"] = NewsroomSession.Password,
        });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AccountsRegistration.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/newsroom", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        using var client = NewsroomSession.CreateClient(host);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@example.org", ["Password"] = "whatever whatever" });
        using var response = await client.PostAsync(new Uri("/newsroom/sign-in", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_setup_link_works_only_while_the_newsroom_is_empty_and_only_with_its_token()
    {
        using var client = NewsroomSession.CreateClient(host);
        using var wrongToken = await client.GetAsync(new Uri("/newsroom/setup?token=guess", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
    }
}
