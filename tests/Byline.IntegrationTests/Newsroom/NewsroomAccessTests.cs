using System.Net;
using System.Text.RegularExpressions;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>The role table of the newsroom, enforced on every route, not only hidden in menus.</summary>
public sealed partial class NewsroomAccessTests(BylineHost host) : IClassFixture<BylineHost>
{
    /// <summary>Pages a visitor must reach to become a member at all.</summary>
    private static readonly string[] OpenToAnonymous = ["newsroom/sign-in", "newsroom/sign-in/two-factor", "newsroom/setup", "newsroom/invitation"];

    private List<string> NewsroomRoutes() =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("newsroom/", StringComparison.OrdinalIgnoreCase) || p.Equals("newsroom", StringComparison.OrdinalIgnoreCase))
            .Where(p => !OpenToAnonymous.Contains(p, StringComparer.OrdinalIgnoreCase))
            .Distinct()
            .Select(p => "/" + RouteParameter().Replace(p, "1"))
            .ToList();

    [Fact]
    public async Task An_anonymous_visitor_gets_no_200_from_any_newsroom_route()
    {
        using var anonymous = NewsroomSession.CreateClient(host);
        var routes = NewsroomRoutes();
        Assert.True(routes.Count >= 8, $"only {routes.Count} newsroom routes were found");

        foreach (var route in routes)
        {
            using var get = await anonymous.GetAsync(new Uri(route, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(get.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"GET {route} answered {(int)get.StatusCode}");
            if (get.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/newsroom/sign-in", get.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
            using var post = await anonymous.PostAsync(new Uri(route, UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
            Assert.False(post.IsSuccessStatusCode, $"POST {route} answered {(int)post.StatusCode}");
        }
    }

    [Theory]
    [InlineData(NewsroomRole.Contributor, false, false, false)]
    [InlineData(NewsroomRole.Author, true, false, false)]
    [InlineData(NewsroomRole.Editor, true, true, false)]
    [InlineData(NewsroomRole.Admin, true, true, true)]
    public async Task Each_role_reaches_exactly_the_pages_of_its_row(NewsroomRole role, bool publishes, bool edits, bool administers)
    {
        using var session = await NewsroomSession.SignInAsync(host, role);
        async Task<HttpStatusCode> Get(string path)
        {
            using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await Get("/newsroom"));
        Assert.Equal(HttpStatusCode.OK, await Get("/newsroom/stories/new"));
        Assert.Equal(edits ? HttpStatusCode.OK : HttpStatusCode.Forbidden, await Get("/newsroom/comments"));
        Assert.Equal(edits ? HttpStatusCode.OK : HttpStatusCode.Forbidden, await Get("/newsroom/taxonomy"));
        foreach (var adminPage in new[] { "/newsroom/people", "/newsroom/settings", "/newsroom/audit" })
        {
            Assert.Equal(administers ? HttpStatusCode.OK : HttpStatusCode.Forbidden, await Get(adminPage));
        }

        var someoneElses = (await host.StoryAsync(Stories.PortRecord)).Id;
        Assert.Equal(edits ? HttpStatusCode.OK : HttpStatusCode.Forbidden, await Get($"/newsroom/stories/{someoneElses}"));

        var own = await StoryDesk.CreateAsync(session, $"Own story of a {role} {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        using var publish = await StoryDesk.MoveAsync(session, own, "Publish");
        Assert.Equal(publishes ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, publish.StatusCode);
        using var submit = await StoryDesk.MoveAsync(session, own, publishes ? "Unpublish" : "Submit");
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
    }

    [Fact]
    public async Task A_contributor_cannot_publish_or_edit_someone_elses_story_through_any_handler()
    {
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        var story = await host.StoryAsync(Stories.PortRecord);

        foreach (var handler in new[] { "Save", "Move", "Correct", "Delete", "Autosave" })
        {
            using var response = await contributor.Client.PostFormAsync($"/newsroom/stories/{story.Id}?handler={handler}",
                new Dictionary<string, string> { ["move"] = "Unpublish", ["Draft.Headline"] = "Hijacked" }, "/newsroom/stories/new");
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{handler} answered {(int)response.StatusCode}");
        }
        var after = await host.StoryAsync(Stories.PortRecord);
        Assert.Equal(story.Headline, after.Headline);
        Assert.Equal(story.Status, after.Status);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
