using System.Net;
using Byline.Accounts;
using Byline.IntegrationTests.Newsroom;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using static Byline.IntegrationTests.Search.SearchClient;

namespace Byline.IntegrationTests.Search;

/// <summary>
/// The index follows the newsroom at once: a story is found from the moment it is published, with its latest words after
/// an edit, under its tag's and section's new names after a rename, and no longer once unpublished or deleted. Every
/// change goes through the real newsroom forms; every search through the public API, cache included.
/// </summary>
public sealed class SearchIndexLifecycleTests(BylineHost host) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task Publish_edit_rename_unpublish_and_delete_are_reflected_in_results_at_once()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var sectionId = await CreateSectionAsync(editor, "Wharfside", "wharfside");
        var fields = StoryDesk.Fields("Wexhollow sluice gate fails at high tide", sectionId, "The Wexhollow gate jammed open on Sunday night.");
        fields["Draft.Tags"] = "Gannetmoor";
        using (var created = await editor.Client.PostFormAsync("/newsroom/stories/new?handler=Save", fields, "/newsroom/stories/new"))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }
        var id = await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Headline.StartsWith("Wexhollow")).Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken));

        Assert.Empty(await host.SlugsAsync(Q("Wexhollow")));

        await MoveAsync(editor, id, "Publish");
        var slug = Assert.Single(await host.SlugsAsync(Q("Wexhollow")));
        Assert.Equal([slug], await host.SlugsAsync(Q("Wexhollow Gannetmoor")));
        Assert.Equal([slug], await host.SlugsAsync(Q("Wexhollow Wharfside")));

        var edit = await StoryDesk.CurrentFieldsAsync(host, id);
        edit["Draft.Body"] = "The Thornquay engineers freed the Wexhollow gate on Monday.";
        edit["Draft.Tags"] = "Gannetmoor";
        using (var saved = await editor.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Save", edit, $"/newsroom/stories/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Equal([slug], await host.SlugsAsync(Q("Thornquay")));
        Assert.Empty(await host.SlugsAsync(Q("Wexhollow jammed")));

        var tagId = await host.WithDatabaseAsync(db => db.Tags.Where(t => t.Name == "Gannetmoor").Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken));
        using (var renamed = await editor.Client.PostFormAsync($"/newsroom/taxonomy/tags/{tagId}", new Dictionary<string, string> { ["Name"] = "Pipistrelle", ["Slug"] = "pipistrelle" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }
        Assert.Equal([slug], await host.SlugsAsync(Q("Wexhollow Pipistrelle")));
        Assert.Empty(await host.SlugsAsync(Q("Wexhollow Gannetmoor")));

        using (var renamed = await editor.Client.PostFormAsync($"/newsroom/taxonomy/sections/{sectionId}", new Dictionary<string, string>
        {
            ["Name"] = "Dockland", ["Slug"] = "dockland", ["Description"] = "", ["Position"] = "1",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }
        Assert.Equal([slug], await host.SlugsAsync(Q("Wexhollow Dockland")));
        Assert.Empty(await host.SlugsAsync(Q("Wexhollow Wharfside")));

        await MoveAsync(editor, id, "Unpublish");
        Assert.Empty(await host.SlugsAsync(Q("Thornquay")));

        using (var trashed = await Newsroom.TrashDesk.TrashAsync(editor, id))
        {
            Assert.True(trashed.StatusCode is HttpStatusCode.Redirect, $"moving to the trash answered {(int)trashed.StatusCode}");
        }
        Assert.False(await host.WithDatabaseAsync(db => db.Articles.AnyAsync(a => a.Id == id, TestContext.Current.CancellationToken)));
        Assert.Empty(await host.SlugsAsync(Q("Thornquay")));
        Assert.Empty(await host.SlugsAsync(Q("Wexhollow")));
    }

    private static async Task MoveAsync(NewsroomSession editor, int id, string move)
    {
        using var response = await StoryDesk.MoveAsync(editor, id, move);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<int> CreateSectionAsync(NewsroomSession editor, string name, string slug)
    {
        using var response = await editor.Client.PostFormAsync("/newsroom/taxonomy/sections/new",
            new Dictionary<string, string> { ["Name"] = name, ["Slug"] = slug, ["Description"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await host.WithDatabaseAsync(db => db.Sections.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken));
    }
}
