using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>Where a member goes after signing in: the return address when it is a plain newsroom path, the desk otherwise.</summary>
public sealed class SignInReturnAddressTests(BylineHost host) : IClassFixture<BylineHost>
{
    private async Task<HttpResponseMessage> SignInAsync(string returnUrl)
    {
        var email = $"return-{Guid.NewGuid():N}@newsroom.example.org";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<NewsroomMembers>().CreateAsync(
                email, "Reta Return", NewsroomRole.Author, NewsroomSession.Password, Actor.System("Tests"), TestContext.Current.CancellationToken);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        }
        using var client = NewsroomSession.CreateClient(host);
        return await client.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = NewsroomSession.Password,
            ["ReturnUrl"] = returnUrl,
        });
    }

    [Fact]
    public async Task A_newsroom_path_is_followed()
    {
        using var response = await SignInAsync("/newsroom/stories?status=draft");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/newsroom/stories?status=draft", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/newsroom/stories\r\nSet-Cookie: stolen=1")]
    [InlineData("/newsroom\nx")]
    [InlineData("/newsroom\u2028x")]
    [InlineData("/newsroom/\tstories")]
    [InlineData("/newsroom/caf\u00E9")]
    [InlineData("https://evil.example/newsroom")]
    [InlineData("//evil.example/newsroom")]
    public async Task A_return_address_that_is_not_a_plain_newsroom_path_leads_to_the_desk(string returnUrl)
    {
        using var response = await SignInAsync(returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/newsroom", response.Headers.Location!.OriginalString);
    }
}
