using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Byline.Accounts;
using Byline.Testing;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// Who else has a story open, through real HTTP: the editor's heartbeat and its answer, the lifetime after which a member
/// who stopped is gone, the role checks, the server-rendered "Also here" line and the desk's "being edited by", and not
/// one database write for any of it.
/// </summary>
public sealed class StoryPresenceTests(PresenceHost host) : IClassFixture<PresenceHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_on_a_story_sees_who_else_is_there_and_someone_who_stopped_is_gone_after_the_lifetime()
    {
        using var ana = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Ana Ruiz");
        using var ben = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Ben Okafor");
        var story = await StoryDesk.CreateAsync(ben, $"Presence on the quay {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));

        var first = await HeartbeatAsync(ana, story);
        Assert.Empty(first.GetProperty("others").EnumerateArray());
        var seen = await HeartbeatAsync(ben, story, typing: "true");
        var other = Assert.Single(seen.GetProperty("others").EnumerateArray());
        Assert.Equal("Ana Ruiz", other.GetProperty("name").GetString());
        Assert.Equal("editor", other.GetProperty("role").GetString());
        Assert.False(other.GetProperty("typing").GetBoolean());
        Assert.StartsWith("Ana Ruiz (editor, since ", other.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(seen.GetProperty("heartbeatSeconds").GetInt32() is > 0 and < 30);

        // Ana sees Ben, typing, and Ben's "since" holds over his later heartbeats.
        var back = Assert.Single((await HeartbeatAsync(ana, story)).GetProperty("others").EnumerateArray());
        Assert.Equal("Ben Okafor", back.GetProperty("name").GetString());
        Assert.True(back.GetProperty("typing").GetBoolean());
        var since = back.GetProperty("since").GetDateTimeOffset();

        host.FakeClock.Advance(TimeSpan.FromSeconds(20));
        await HeartbeatAsync(ben, story);
        var later = Assert.Single((await HeartbeatAsync(ana, story)).GetProperty("others").EnumerateArray());
        Assert.Equal(since, later.GetProperty("since").GetDateTimeOffset());

        // Ana's page stopped beating 31 seconds ago from Ben's next look: she is gone for him.
        host.FakeClock.Advance(TimeSpan.FromSeconds(31));
        Assert.Empty((await HeartbeatAsync(ben, story)).GetProperty("others").EnumerateArray());
    }

    [Fact]
    public async Task A_member_who_closes_the_story_is_gone_at_once()
    {
        using var ana = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Ana Leaving");
        using var ben = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Ben Staying");
        var story = await StoryDesk.CreateAsync(ben, $"Presence leaving {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        await HeartbeatAsync(ana, story);
        Assert.Single((await HeartbeatAsync(ben, story)).GetProperty("others").EnumerateArray());

        using var leave = await PostAsync(ana, $"/newsroom/stories/{story}/presence?handler=Leave", []);
        Assert.Equal(HttpStatusCode.OK, leave.StatusCode);

        Assert.Empty((await HeartbeatAsync(ben, story)).GetProperty("others").EnumerateArray());
    }

    [Fact]
    public async Task Opening_the_editor_counts_as_being_there_and_the_page_says_who_else_is_without_javascript()
    {
        using var ana = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Ana Opener");
        using var ben = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Ben Opener");
        var story = await StoryDesk.CreateAsync(ben, $"Presence on the page {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));

        var anasPage = await ana.Client.GetDocumentAsync($"/newsroom/stories/{story}");
        var anasLine = anasPage.QuerySelector("#story-presence")!;
        Assert.Equal("polite", anasLine.GetAttribute("aria-live"));
        Assert.Equal($"/newsroom/stories/{story}/presence", anasLine.GetAttribute("data-presence-url"));
        Assert.Equal("", anasLine.TextContent.Trim());

        var bensPage = await ben.Client.GetDocumentAsync($"/newsroom/stories/{story}");
        Assert.Matches(@"^Also here: Ana Opener \(editor, since \d\d:\d\d\)$", bensPage.QuerySelector("#story-presence")!.TextContent.Trim());

        var anasLook = await ana.Client.GetFromJsonAsync<JsonElement>(new Uri($"/newsroom/stories/{story}/presence", UriKind.Relative), Cancel);
        Assert.Equal("Ben Opener", Assert.Single(anasLook.GetProperty("others").EnumerateArray()).GetProperty("name").GetString());
    }

    private const string YourDrafts = "section[aria-labelledby='your-drafts'] li";
    private const string EditingNow = "section[aria-labelledby='being-edited-now'] li";

    [Fact]
    public async Task The_desk_says_which_stories_are_being_edited_and_by_whom_but_not_by_the_member_themselves()
    {
        using var ana = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Ana Deskwatch");
        using var ben = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Ben Deskwatch");
        var headline = $"Presence on the desk {Guid.NewGuid():N}";
        var story = await StoryDesk.CreateAsync(ben, headline, await StoryDesk.SectionIdAsync(host, "city"));
        await HeartbeatAsync(ana, story);
        await HeartbeatAsync(ben, story);

        var bensDesk = await ben.Client.GetDocumentAsync("/newsroom");
        var item = bensDesk.QuerySelectorAll(YourDrafts).Single(li => li.TextContent.Contains(headline, StringComparison.Ordinal));
        Assert.Equal("being edited by Ana Deskwatch", item.QuerySelector(".desk-presence")!.TextContent.Trim());
        var bensNow = bensDesk.QuerySelectorAll(EditingNow).Single(li => li.TextContent.Contains(headline, StringComparison.Ordinal));
        Assert.Equal("being edited by Ana Deskwatch", bensNow.QuerySelector(".desk-presence")!.TextContent.Trim());

        // The draft is Ben's: it is on no list of Ana's but "Being edited now", where she sees Ben on it.
        var anasDesk = await ana.Client.GetDocumentAsync("/newsroom");
        Assert.DoesNotContain(anasDesk.QuerySelectorAll(".desk-presence"), line => line.TextContent.Contains("Ana Deskwatch", StringComparison.Ordinal));
        var anasNow = anasDesk.QuerySelectorAll(EditingNow).Single(li => li.TextContent.Contains(headline, StringComparison.Ordinal));
        Assert.Equal("being edited by Ben Deskwatch", anasNow.QuerySelector(".desk-presence")!.TextContent.Trim());

        host.FakeClock.Advance(TimeSpan.FromSeconds(31));
        var bensDeskLater = await ben.Client.GetDocumentAsync("/newsroom");
        Assert.Null(bensDeskLater.QuerySelectorAll(YourDrafts).Single(li => li.TextContent.Contains(headline, StringComparison.Ordinal)).QuerySelector(".desk-presence"));
        Assert.DoesNotContain(bensDeskLater.QuerySelectorAll(EditingNow), li => li.TextContent.Contains(headline, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_contributor_learns_nothing_of_a_story_that_is_not_theirs_and_an_unknown_story_is_404()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Eda Secret");
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Cas Curious");
        var story = await StoryDesk.CreateAsync(editor, $"Presence secret {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        await HeartbeatAsync(editor, story);

        using var look = await contributor.Client.GetAsync(new Uri($"/newsroom/stories/{story}/presence", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, look.StatusCode);
        var lookBody = await look.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("You may not", lookBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Eda Secret", lookBody, StringComparison.Ordinal);

        using var beat = await PostAsync(contributor, $"/newsroom/stories/{story}/presence", []);
        Assert.Equal(HttpStatusCode.Forbidden, beat.StatusCode);
        Assert.DoesNotContain("Eda Secret", await beat.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        // Refused, so not counted as there either.
        Assert.Empty((await HeartbeatAsync(editor, story)).GetProperty("others").EnumerateArray());

        using var unknown = await PostAsync(editor, "/newsroom/stories/99999999/presence", []);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("no such story", await unknown.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contributor_may_look_at_their_published_story_but_is_not_counted_as_editing_it()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Eda Publisher");
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Cas Published");
        var story = await StoryDesk.CreateAsync(contributor, $"Presence published {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        using (var submit = await StoryDesk.MoveAsync(contributor, story, "Submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        }
        using (var publish = await StoryDesk.MoveAsync(editor, story, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }
        await HeartbeatAsync(editor, story);

        var look = await contributor.Client.GetFromJsonAsync<JsonElement>(new Uri($"/newsroom/stories/{story}/presence", UriKind.Relative), Cancel);
        Assert.Equal("Eda Publisher", Assert.Single(look.GetProperty("others").EnumerateArray()).GetProperty("name").GetString());
        using var beat = await PostAsync(contributor, $"/newsroom/stories/{story}/presence", []);
        Assert.Equal(HttpStatusCode.Forbidden, beat.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_a_heartbeat_without_the_form_token_is_refused()
    {
        using var ana = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Ana Tokenless");
        var story = await StoryDesk.CreateAsync(ana, $"Presence anonymous {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        using var anonymous = NewsroomSession.CreateClient(host);

        using var look = await anonymous.GetAsync(new Uri($"/newsroom/stories/{story}/presence", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, look.StatusCode);
        Assert.StartsWith("/newsroom/sign-in", new Uri(host.BaseAddress, look.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        using var anonymousBeat = await anonymous.PostAsync(new Uri($"/newsroom/stories/{story}/presence", UriKind.Relative), new FormUrlEncodedContent([]), Cancel);
        Assert.False(anonymousBeat.IsSuccessStatusCode);

        using var tokenless = await ana.Client.PostAsync(new Uri($"/newsroom/stories/{story}/presence", UriKind.Relative),
            new FormUrlEncodedContent([new("typing", "false")]), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
    }

    [Fact]
    public async Task A_typing_value_that_is_neither_true_nor_false_is_a_400_that_says_so()
    {
        using var ana = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Ana Typo");
        var story = await StoryDesk.CreateAsync(ana, $"Presence typo {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));

        using var response = await PostAsync(ana, $"/newsroom/stories/{story}/presence", [new("typing", "maybe")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains("must be true or false", json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heartbeats_read_the_story_but_write_nothing_to_the_database()
    {
        using var ana = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Ana Nowrite");
        using var ben = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Ben Nowrite");
        var story = await StoryDesk.CreateAsync(ana, $"Presence without writes {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        var path = $"/newsroom/stories/{story}/presence";
        var before = host.Writes.Under(path);

        for (var i = 0; i < 5; i++)
        {
            await HeartbeatAsync(ana, story, typing: i % 2 == 0 ? "true" : "false");
            await HeartbeatAsync(ben, story);
            await ben.Client.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative), Cancel);
        }
        using (var leave = await PostAsync(ana, path + "?handler=Leave", []))
        {
            Assert.Equal(HttpStatusCode.OK, leave.StatusCode);
        }

        var after = host.Writes.Under(path);
        Assert.True(after.Reads - before.Reads >= 15, $"the counter saw {after.Reads - before.Reads} reads: it is not watching these requests");
        Assert.Equal(before.Writes, after.Writes);
    }

    private static async Task<JsonElement> HeartbeatAsync(NewsroomSession session, int story, string typing = "false")
    {
        using var response = await PostAsync(session, $"/newsroom/stories/{story}/presence", [new("typing", typing)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    /// <summary>Posts as the presence module does: the fields and the form token of the member's desk (reading it counts as no heartbeat).</summary>
    private static async Task<HttpResponseMessage> PostAsync(NewsroomSession session, string path, KeyValuePair<string, string>[] fields)
    {
        var desk = await session.Client.GetStringAsync(new Uri("/newsroom", UriKind.Relative), Cancel);
        using var content = new FormUrlEncodedContent(fields.Append(new(BrowserForm.AntiforgeryField, BrowserForm.AntiforgeryToken(desk))));
        return await session.Client.PostAsync(new Uri(path, UriKind.Relative), content, Cancel);
    }
}
