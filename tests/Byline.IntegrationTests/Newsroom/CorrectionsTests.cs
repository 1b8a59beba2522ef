using System.Net;
using System.Text.Json;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

public sealed class CorrectionsTests(BylineHost host) : IClassFixture<BylineHost>
{
    private readonly HttpClient _reader = host.CreateReader();

    [Fact]
    public async Task An_editors_correction_appears_on_the_story_in_its_json_ld_and_on_the_corrections_page_and_moves_the_update_date()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var story = await host.StoryAsync(Stories.Footbridge);
        var path = await host.PathOfAsync(Stories.Footbridge);
        var before = await _reader.GetDocumentAsync(path);
        Assert.Null(before.GetElementById("corrections"));
        const string text = "An earlier version said the bridge opened in 1962. It opened in 1961.";

        using var response = await editor.Client.PostFormAsync($"/newsroom/stories/{story.Id}?handler=Correct",
            new Dictionary<string, string> { ["CorrectionText"] = text }, $"/newsroom/stories/{story.Id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await _reader.GetDocumentAsync(path);
        Assert.Contains(text, page.GetElementById("corrections")!.TextContent, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var correction = json.RootElement.GetProperty("correction")[0];
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.Equal(text, correction.GetProperty("text").GetString());
        Assert.True(json.RootElement.GetProperty("dateModified").GetDateTimeOffset() > story.UpdatedAt.GetValueOrDefault(story.PublishedAt!.Value));
        Assert.Contains("Updated", page.QuerySelector(".byline__meta")!.TextContent, StringComparison.Ordinal);

        var corrections = await _reader.GetDocumentAsync("/corrections");
        var first = corrections.QuerySelector(".correction-list li")!;
        Assert.Equal(text, first.QuerySelector(".correction-list__text")!.TextContent);
        Assert.Equal(path + "#corrections", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.CorrectionAdded && e.Subject == $"article:{story.Id}", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Authors_cannot_add_corrections()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var story = await host.StoryAsync(Stories.PortRecord);
        // An author may not even open someone else's story; a correction post is refused either way.
        using var response = await author.Client.PostAsync(new Uri($"/newsroom/stories/{story.Id}?handler=Correct", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["CorrectionText"] = "Sneaky" }), TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Corrections.CountAsync(c => c.Text == "Sneaky", TestContext.Current.CancellationToken)));
    }
}
