using System.Globalization;
using System.Net;
using Byline.Accounts;
using Byline.Testing;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// No member meets a door shut in their face: every role, with a story of its own in each status, follows every newsroom
/// link it is shown, from the desk on, and none answers 403 or an error.
/// </summary>
public sealed class NoDeadEndsTests(BylineHost host) : IClassFixture<BylineHost>
{
    /// <summary>Enough for every kind of newsroom page, its own stories and a good part of everyone's.</summary>
    private const int PageLimit = 160;

    private sealed record Visit(string Path, HttpStatusCode Status, string From);

    [Theory]
    [InlineData(NewsroomRole.Contributor)]
    [InlineData(NewsroomRole.Author)]
    [InlineData(NewsroomRole.Editor)]
    [InlineData(NewsroomRole.Admin)]
    public async Task Every_newsroom_link_a_role_is_shown_from_the_desk_opens_without_a_403_or_an_error(NewsroomRole role)
    {
        using var member = await NewsroomSession.SignInAsync(host, role, $"Crawling {role}");
        var stories = await OwnStoriesAsync(member, role);

        var visits = await CrawlAsync(member.Client);

        Assert.True(visits.Count >= 12, $"the crawl reached only {visits.Count} addresses");
        Assert.All(visits, visit => Assert.True(visit.Status != HttpStatusCode.Forbidden && (int)visit.Status < 500,
            $"{role}: {visit.Path} (linked from {visit.From}) answered {(int)visit.Status}"));
        // The crawl reached each of the member's own stories, and those they may no longer edit open read-only.
        foreach (var (status, id) in stories)
        {
            Assert.Contains(visits, v => v.Path == $"/newsroom/stories/{id}");
            var readOnly = role == NewsroomRole.Contributor && status is "scheduled" or "published";
            if (readOnly)
            {
                Assert.Contains(visits, v => v.Path == $"/newsroom/stories/{id}/read" && v.Status == HttpStatusCode.OK);
            }
        }
    }

    /// <summary>A draft, a story in review, a scheduled and a published one, written by the member, moved on by an editor.</summary>
    private async Task<List<(string Status, int Id)>> OwnStoriesAsync(NewsroomSession member, NewsroomRole role)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Crawl Desk Editor");
        var section = await StoryDesk.SectionIdAsync(host, "city");
        var stories = new List<(string Status, int Id)>();
        foreach (var status in new[] { "draft", "review", "scheduled", "published" })
        {
            var id = await StoryDesk.CreateAsync(member, $"Crawl {status} story of a {role} {Guid.NewGuid():N}", section);
            if (status != "draft")
            {
                using var submit = await StoryDesk.MoveAsync(member, id, "Submit");
                Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
            }
            if (status == "scheduled")
            {
                var tomorrow = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
                using var schedule = await StoryDesk.MoveAsync(editor, id, "Schedule", tomorrow);
                Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
            }
            if (status == "published")
            {
                using var publish = await StoryDesk.MoveAsync(editor, id, "Publish");
                Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
            }
            stories.Add((status, id));
        }
        return stories;
    }

    /// <summary>Breadth first from the desk: same-origin GET links under /newsroom (and the redirects they answer), each once.</summary>
    private async Task<List<Visit>> CrawlAsync(HttpClient client)
    {
        var visits = new List<Visit>();
        var queued = new HashSet<string>(StringComparer.Ordinal) { "/newsroom" };
        var queue = new Queue<(string Path, string From)>([("/newsroom", "the start")]);
        while (queue.Count > 0 && visits.Count < PageLimit)
        {
            var (path, from) = queue.Dequeue();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            visits.Add(new Visit(path, response.StatusCode, from));
            var page = new Uri(host.BaseAddress, path);
            IEnumerable<string> links = [];
            if (response.Headers.Location is { } location)
            {
                links = [location.IsAbsoluteUri ? location.AbsoluteUri : new Uri(page, location).AbsoluteUri];
            }
            else if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var document = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
                links = document.QuerySelectorAll("a[href]").Select(a => new Uri(page, a.GetAttribute("href")!).AbsoluteUri);
            }
            foreach (var link in links.Select(l => new Uri(l)))
            {
                var target = link.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);
                if (link.Authority != host.BaseAddress.Authority
                    || !(link.AbsolutePath == "/newsroom" || link.AbsolutePath.StartsWith("/newsroom/", StringComparison.Ordinal))
                    || link.AbsolutePath.StartsWith("/newsroom/sign-out", StringComparison.Ordinal))
                {
                    continue;
                }
                if (queued.Add(target))
                {
                    queue.Enqueue((target, path));
                }
            }
        }
        return visits;
    }
}
