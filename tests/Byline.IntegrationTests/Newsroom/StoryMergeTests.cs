using System.Net;
using System.Text.Json;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// Two members save the same story: changes to different parts are merged against the text both opened and both kept;
/// changes to the same paragraph come back side by side with the merge in the form, and saving that form goes through.
/// </summary>
public sealed class StoryMergeTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string Opened = "The harbour wall was finished in 1890.\n\nStorms broke it twice.\n\nRepairs start in June.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<string> StoredBodyAsync(int id) =>
        host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync(Cancel));

    private async Task<(NewsroomSession First, NewsroomSession Second, int Id)> TwoEditorsAsync(string headline, string firstName, string secondName)
    {
        var first = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, firstName);
        var second = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, secondName);
        var id = await StoryDesk.CreateAsync(first, headline, await StoryDesk.SectionIdAsync(host, "city"), Opened);
        return (first, second, id);
    }

    [Fact]
    public async Task Edits_of_different_paragraphs_are_merged_and_both_kept()
    {
        var (first, second, id) = await TwoEditorsAsync("Harbour wall, two paragraphs", "Tamsin Jago", "Piran Nance");
        using (first)
        using (second)
        {
            var openedByFirst = await first.Client.GetDocumentAsync($"/newsroom/stories/{id}");
            var openedBySecond = await second.Client.GetDocumentAsync($"/newsroom/stories/{id}");
            using (var theirs = await StoryDesk.SaveAsync(second, id, openedBySecond,
                new Dictionary<string, string> { ["Draft.Body"] = Opened.Replace("in 1890", "in 1891", StringComparison.Ordinal) }))
            {
                Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
            }

            using var mine = await StoryDesk.SaveAsync(first, id, openedByFirst, new Dictionary<string, string>
            {
                ["Draft.Body"] = Opened.Replace("Repairs start in June.", "Repairs start in July.", StringComparison.Ordinal),
                ["Draft.Headline"] = "Harbour wall repairs move to July",
            });

            Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
            Assert.Equal("The harbour wall was finished in 1891.\n\nStorms broke it twice.\n\nRepairs start in July.", await StoredBodyAsync(id));
            Assert.Equal("Harbour wall repairs move to July", await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Headline).SingleAsync(Cancel)));
            var landed = await first.Client.GetDocumentAsync(mine.Headers.Location!.OriginalString);
            Assert.Matches(@"Merged with the changes Piran Nance saved at \d\d:\d\d: both kept\.", landed.QuerySelector(".notice--success")!.TextContent);
        }
    }

    [Fact]
    public async Task Edits_of_the_same_paragraph_come_back_side_by_side_and_the_merged_save_goes_through()
    {
        var (first, second, id) = await TwoEditorsAsync("Harbour wall, one paragraph", "Morwenna Hosken", "Jory Pascoe");
        using (first)
        using (second)
        {
            var openedByFirst = await first.Client.GetDocumentAsync($"/newsroom/stories/{id}");
            var openedBySecond = await second.Client.GetDocumentAsync($"/newsroom/stories/{id}");
            using (var theirs = await StoryDesk.SaveAsync(second, id, openedBySecond, new Dictionary<string, string>
            {
                ["Draft.Body"] = "The harbour wall was finished in 1891.\n\nStorms broke it three times.\n\nRepairs start in June.",
            }))
            {
                Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
            }

            using var conflict = await StoryDesk.SaveAsync(first, id, openedByFirst, new Dictionary<string, string>
            {
                ["Draft.Body"] = "The harbour wall was finished in 1890.\n\nStorms broke it in 1904 and 1962.\n\nRepairs start in July.",
            });

            Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
            var page = Html.Parse(await conflict.Content.ReadAsStringAsync(Cancel));
            var rows = page.QuerySelectorAll(".conflict .diff-table tbody tr");
            var body = Assert.Single(rows);
            Assert.Equal("Body", body.QuerySelector("th")!.TextContent);
            var cells = body.QuerySelectorAll("td");
            Assert.Contains("three times", cells[0].TextContent, StringComparison.Ordinal);
            Assert.Contains("1904 and 1962", cells[1].TextContent, StringComparison.Ordinal);
            Assert.Contains("Jory Pascoe", page.QuerySelector(".conflict thead")!.TextContent, StringComparison.Ordinal);
            // The form holds the merge: their 1891, the member's July, and the member's words where both wrote.
            Assert.Equal(
                "The harbour wall was finished in 1891.\n\nStorms broke it in 1904 and 1962.\n\nRepairs start in July.",
                page.QuerySelector("#story-form textarea[name='Draft.Body']")!.TextContent);
            Assert.Contains("three times", await StoredBodyAsync(id), StringComparison.Ordinal);

            const string settled = "The harbour wall was finished in 1891.\n\nStorms broke it three times, in 1904, 1962 and 1990.\n\nRepairs start in July.";
            using var merged = await StoryDesk.SaveAsync(first, id, page, new Dictionary<string, string> { ["Draft.Body"] = settled });

            Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
            Assert.Equal(settled, await StoredBodyAsync(id));
        }
    }

    [Fact]
    public async Task A_headline_both_changed_differently_is_shown_side_by_side_while_the_body_edits_merge()
    {
        var (first, second, id) = await TwoEditorsAsync("Harbour wall, two headlines", "Ia Trewin", "Gerens Hawke");
        using (first)
        using (second)
        {
            var openedByFirst = await first.Client.GetDocumentAsync($"/newsroom/stories/{id}");
            using (await StoryDesk.SaveAsync(second, id, await second.Client.GetDocumentAsync($"/newsroom/stories/{id}"), new Dictionary<string, string>
            {
                ["Draft.Headline"] = "Harbour wall: storms and repairs",
                ["Draft.Body"] = Opened.Replace("in 1890", "in 1891", StringComparison.Ordinal),
            })) { }

            using var conflict = await StoryDesk.SaveAsync(first, id, openedByFirst, new Dictionary<string, string>
            {
                ["Draft.Headline"] = "Harbour wall repairs delayed",
                ["Draft.Body"] = Opened.Replace("in June", "in July", StringComparison.Ordinal),
            });

            Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
            var page = Html.Parse(await conflict.Content.ReadAsStringAsync(Cancel));
            var row = Assert.Single(page.QuerySelectorAll(".conflict .diff-table tbody tr"));
            Assert.Equal("Headline", row.QuerySelector("th")!.TextContent);
            Assert.Equal("The harbour wall was finished in 1891.\n\nStorms broke it twice.\n\nRepairs start in July.",
                page.QuerySelector("#story-form textarea[name='Draft.Body']")!.TextContent);
            Assert.Equal("Harbour wall repairs delayed", page.QuerySelector("#story-form input[name='Draft.Headline']")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task An_autosave_that_meets_a_newer_version_merges_when_the_changes_do_not_collide_and_sends_the_merged_text()
    {
        var (first, second, id) = await TwoEditorsAsync("Harbour wall, autosave merge", "Demelza Rowe", "Hedra Vosper");
        using (first)
        using (second)
        {
            var opened = await StoryDesk.CurrentFieldsAsync(host, id);
            using (await StoryDesk.SaveAsync(second, id, await second.Client.GetDocumentAsync($"/newsroom/stories/{id}"),
                new Dictionary<string, string> { ["Draft.Body"] = Opened.Replace("in 1890", "in 1891", StringComparison.Ordinal) })) { }

            var typing = new Dictionary<string, string>(opened) { ["Draft.Body"] = Opened.Replace("in June", "in July", StringComparison.Ordinal) };
            using var autosave = await first.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Autosave", typing, $"/newsroom/stories/{id}");

            Assert.Equal(HttpStatusCode.OK, autosave.StatusCode);
            using var json = JsonDocument.Parse(await autosave.Content.ReadAsStringAsync(Cancel));
            Assert.True(json.RootElement.GetProperty("merged").GetBoolean());
            const string both = "The harbour wall was finished in 1891.\n\nStorms broke it twice.\n\nRepairs start in July.";
            Assert.Equal(both, json.RootElement.GetProperty("fields").GetProperty("Draft.Body").GetString());
            Assert.Equal(both, await StoredBodyAsync(id));

            // Typing on over the same paragraph the other person changed: kept in the browser, and the member is told.
            using (await StoryDesk.SaveAsync(second, id, await second.Client.GetDocumentAsync($"/newsroom/stories/{id}"),
                new Dictionary<string, string> { ["Draft.Body"] = both.Replace("twice", "three times", StringComparison.Ordinal) })) { }
            typing["Draft.Version"] = json.RootElement.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
            typing["Draft.Body"] = both.Replace("twice", "in 1904 and 1962", StringComparison.Ordinal);
            using var refused = await first.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Autosave", typing, $"/newsroom/stories/{id}");
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("press Save to merge", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
    }
}
