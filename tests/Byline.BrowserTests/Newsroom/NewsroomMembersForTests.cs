using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Newsroom;

/// <summary>
/// Newsroom members for browser tests: created directly through <see cref="NewsroomMembers"/> (there is no invitation
/// mail to follow here), then signed in through the real sign-in form in the browser, as a person would.
/// </summary>
public static class NewsroomMembersForTests
{
    /// <summary>Creates a member with a unique email and returns that email; the password is <see cref="NewsroomSession.Password"/>.</summary>
    public static async Task<string> CreateAsync(BylineHost host, NewsroomRole role, string name)
    {
        ArgumentNullException.ThrowIfNull(host);
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@newsroom.example.org";
        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<NewsroomMembers>()
            .CreateAsync(email, name, role, NewsroomSession.Password, Actor.System("Browser tests"), TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return email;
    }

    /// <summary>Creates a member and signs them in at /newsroom/sign-in in <paramref name="page"/>.</summary>
    public static async Task SignInAsNewMemberAsync(BylineHost host, IPage page, NewsroomRole role, string name)
    {
        var email = await CreateAsync(host, role, name);
        var signIn = await SignInPage.OpenAsync(page);
        await signIn.SignInAsync(email, NewsroomSession.Password);
    }
}
