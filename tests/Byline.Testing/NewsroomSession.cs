using System.Net;
using Byline.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Byline.Testing;

/// <summary>
/// A newsroom member signed in through the real sign-in form, with a cookie-keeping HTTP client. Forms are posted
/// with the antiforgery token read from the page, as a browser would.
/// </summary>
public sealed class NewsroomSession : IDisposable
{
    public const string Password = "correct horse battery staple";

    private NewsroomSession(HttpClient client, StaffUser user)
    {
        Client = client;
        User = user;
    }

    public HttpClient Client { get; }
    public StaffUser User { get; }

    /// <summary>Creates a member with <paramref name="role"/> (a unique email each time) and signs them in.</summary>
    public static async Task<NewsroomSession> SignInAsync(BylineHost host, NewsroomRole role, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@newsroom.example.org";
        StaffUser user;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<NewsroomMembers>()
                .CreateAsync(email, name ?? $"Test {role}", role, Password, Actor.System("Tests"), CancellationToken.None);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors));
            user = result.User!;
        }

        var client = CreateClient(host);
        using var response = await client.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new NewsroomSession(client, user);
    }

    /// <summary>An anonymous browser-like client that keeps cookies and does not follow redirects.</summary>
    public static HttpClient CreateClient(BylineHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = host.BaseAddress,
        };
    }

    public void Dispose() => Client.Dispose();
}
