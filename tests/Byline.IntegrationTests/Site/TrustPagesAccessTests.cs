using System.Net;
using Byline.Accounts;
using Byline.Testing;

namespace Byline.IntegrationTests.Site;

/// <summary>Pages and author profiles are for editors and admins; the menus for admins: checked for every role.</summary>
public sealed class TrustPagesAccessTests(BylineHost host) : IClassFixture<BylineHost>
{
    [Theory]
    [InlineData(NewsroomRole.Contributor, false, false)]
    [InlineData(NewsroomRole.Author, false, false)]
    [InlineData(NewsroomRole.Editor, true, false)]
    [InlineData(NewsroomRole.Admin, true, true)]
    public async Task Each_role_reaches_the_pages_profiles_and_menus_of_its_row(NewsroomRole role, bool edits, bool administers)
    {
        using var session = await NewsroomSession.SignInAsync(host, role);
        var pageId = await host.WithDatabaseAsync(db => Task.FromResult(db.StaticPages.OrderBy(p => p.Id).Select(p => p.Id).First()));
        var personId = await host.WithDatabaseAsync(db => Task.FromResult(db.People.OrderBy(p => p.Id).Select(p => p.Id).First()));
        async Task<HttpStatusCode> Get(string path)
        {
            using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            return response.StatusCode;
        }
        async Task<HttpStatusCode> Post(string path)
        {
            using var response = await session.Client.PostFormAsync(path, new Dictionary<string, string>(), "/newsroom");
            return response.StatusCode;
        }

        var editorsOnly = edits ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        foreach (var path in new[] { "/newsroom/pages", "/newsroom/pages/new", $"/newsroom/pages/{pageId}", $"/newsroom/pages/{pageId}/delete", "/newsroom/authors", $"/newsroom/authors/{personId}" })
        {
            Assert.Equal(editorsOnly, await Get(path));
        }
        Assert.Equal(administers ? HttpStatusCode.OK : HttpStatusCode.Forbidden, await Get("/newsroom/menus"));
        if (!edits)
        {
            // Nothing is only hidden: the form posts are refused as well.
            Assert.Equal(HttpStatusCode.Forbidden, await Post("/newsroom/pages/new"));
            Assert.Equal(HttpStatusCode.Forbidden, await Post($"/newsroom/pages/{pageId}/delete"));
            Assert.Equal(HttpStatusCode.Forbidden, await Post($"/newsroom/authors/{personId}"));
        }
        if (!administers)
        {
            Assert.Equal(HttpStatusCode.Forbidden, await Post("/newsroom/menus"));
        }
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_from_every_new_newsroom_page()
    {
        using var anonymous = NewsroomSession.CreateClient(host);
        foreach (var path in new[] { "/newsroom/pages", "/newsroom/pages/new", "/newsroom/menus", "/newsroom/authors" })
        {
            using var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/newsroom/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }
}
