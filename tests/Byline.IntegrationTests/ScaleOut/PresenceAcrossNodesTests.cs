using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Byline.Accounts;
using Byline.IntegrationTests.Newsroom;
using Byline.Testing;

namespace Byline.IntegrationTests.ScaleOut;

/// <summary>Presence lives in Redis when several nodes serve the newsroom: who is on a story is the same on every node.</summary>
public sealed class PresenceAcrossNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_on_a_story_through_one_node_is_seen_through_the_other_and_their_leaving_too()
    {
        nodes.Require();
        using var anaOnA = await NewsroomSession.SignInAsync(nodes.A, NewsroomRole.Editor, "Ana on node A");
        using var benOnB = await NewsroomSession.SignInAsync(nodes.B, NewsroomRole.Editor, "Ben on node B");
        // Ben's own draft, so that his desk lists it.
        var story = await StoryDesk.CreateAsync(benOnB, $"Presence across nodes {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(nodes.B, "city"));

        await HeartbeatAsync(anaOnA, story);
        var seenOnB = await HeartbeatAsync(benOnB, story);
        Assert.Equal("Ana on node A", Assert.Single(seenOnB.GetProperty("others").EnumerateArray()).GetProperty("name").GetString());
        var seenOnA = await HeartbeatAsync(anaOnA, story);
        Assert.Equal("Ben on node B", Assert.Single(seenOnA.GetProperty("others").EnumerateArray()).GetProperty("name").GetString());

        var desk = await benOnB.Client.GetDocumentAsync("/newsroom");
        Assert.Contains(desk.QuerySelectorAll(".desk-presence"), line => line.TextContent.Trim() == "being edited by Ana on node A");

        using (var leave = await PostAsync(anaOnA, $"/newsroom/stories/{story}/presence?handler=Leave", []))
        {
            Assert.Equal(HttpStatusCode.OK, leave.StatusCode);
        }
        Assert.Empty((await HeartbeatAsync(benOnB, story)).GetProperty("others").EnumerateArray());
    }

    private static async Task<JsonElement> HeartbeatAsync(NewsroomSession session, int story)
    {
        using var response = await PostAsync(session, $"/newsroom/stories/{story}/presence", [new("typing", "false")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    private static async Task<HttpResponseMessage> PostAsync(NewsroomSession session, string path, KeyValuePair<string, string>[] fields)
    {
        var desk = await session.Client.GetStringAsync(new Uri("/newsroom", UriKind.Relative), Cancel);
        using var content = new FormUrlEncodedContent(fields.Append(new(BrowserForm.AntiforgeryField, BrowserForm.AntiforgeryToken(desk))));
        return await session.Client.PostAsync(new Uri(path, UriKind.Relative), content, Cancel);
    }
}
