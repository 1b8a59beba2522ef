using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

public sealed class RevisionsAndConflictsTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static async Task<HttpResponseMessage> SaveAsync(NewsroomSession session, int id, Dictionary<string, string> fields) =>
        await session.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Save", fields, $"/newsroom/stories/{id}");

    [Fact]
    public async Task Saving_over_a_newer_version_shows_both_versions_and_overwrites_nothing()
    {
        using var first = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Ada Penhallow");
        using var second = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Bram Oakes");
        var id = await StoryDesk.CreateAsync(first, "Two editors, one story", await StoryDesk.SectionIdAsync(host, "city"));
        var opened = await StoryDesk.CurrentFieldsAsync(host, id);

        var secondEdit = new Dictionary<string, string>(opened) { ["Draft.Body"] = "Bram's version of the story." };
        using (var saved = await SaveAsync(second, id, secondEdit))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var firstEdit = new Dictionary<string, string>(opened) { ["Draft.Body"] = "Ada's version of the story." };
        using var conflict = await SaveAsync(first, id, firstEdit);
        var page = Html.Parse(await conflict.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Someone saved this story after you opened it", page.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bram Oakes", page.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        var table = page.QuerySelector(".conflict .diff-table")!.TextContent;
        Assert.Contains("Bram's version", table, StringComparison.Ordinal);
        Assert.Contains("Ada's version", table, StringComparison.Ordinal);
        var stored = await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Bram's version of the story.", stored);

        // Choosing "Replace it with my version" re-sends Ada's fields against the newer version.
        var replace = page.QuerySelectorAll(".conflict form input[type=hidden]")
            .Where(i => i.GetAttribute("name") is { } name && name.StartsWith("Draft.", StringComparison.Ordinal))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        using var replaced = await SaveAsync(first, id, replace);
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal("Ada's version of the story.", await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task After_a_conflict_the_form_carries_the_saved_version_so_a_hand_merged_save_succeeds_and_revisions_keep_both_texts()
    {
        using var first = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Kit Rosewarne");
        using var second = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Lowen Hicks");
        var id = await StoryDesk.CreateAsync(first, "Merged by hand", await StoryDesk.SectionIdAsync(host, "city"));
        var openedByFirst = await first.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        var openedBySecond = await second.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        const string lowens = "Lowen's paragraph about the tide.";
        const string kits = "Kit's paragraph about the harbour wall.";
        using (var saved = await StoryDesk.SaveAsync(second, id, openedBySecond, new Dictionary<string, string> { ["Draft.Body"] = lowens }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var current = await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Version).SingleAsync(TestContext.Current.CancellationToken));

        using var conflict = await StoryDesk.SaveAsync(first, id, openedByFirst, new Dictionary<string, string> { ["Draft.Body"] = kits });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var conflictPage = Html.Parse(await conflict.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(current.ToString(System.Globalization.CultureInfo.InvariantCulture),
            conflictPage.QuerySelector("#story-form input[name='Draft.Version']")!.GetAttribute("value"));
        Assert.Equal(kits, conflictPage.QuerySelector("#story-form textarea[name='Draft.Body']")!.TextContent);

        using var merged = await StoryDesk.SaveAsync(first, id, conflictPage, new Dictionary<string, string> { ["Draft.Body"] = $"{lowens}\n\n{kits}" });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal($"{lowens}\n\n{kits}", await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync(TestContext.Current.CancellationToken)));
        var revisions = await host.WithDatabaseAsync(db => db.Revisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Contains(revisions, r => r.BodyMarkdown == lowens && r.SavedByName == "Lowen Hicks");
        var kitsCopy = Assert.Single(revisions, r => r.BodyMarkdown == kits);
        Assert.Equal("Kit Rosewarne", kitsCopy.SavedByName);
        Assert.Contains("Conflicting copy", kitsCopy.Note, StringComparison.Ordinal);
        var history = await first.Client.GetDocumentAsync($"/newsroom/stories/{id}/revisions");
        Assert.Contains(history.QuerySelectorAll(".nr-table tbody tr"), row => row.TextContent.Contains("Conflicting copy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_autosave_that_meets_a_newer_version_keeps_no_copy_of_its_own()
    {
        using var first = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        using var second = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(first, "Autosave meets a newer version", await StoryDesk.SectionIdAsync(host, "city"));
        var opened = await StoryDesk.CurrentFieldsAsync(host, id);
        using (await SaveAsync(second, id, new Dictionary<string, string>(opened) { ["Draft.Body"] = "Saved by the editor." })) { }
        var revisions = await host.WithDatabaseAsync(db => db.Revisions.CountAsync(r => r.ArticleId == id, TestContext.Current.CancellationToken));

        using var autosave = await first.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Autosave",
            new Dictionary<string, string>(opened) { ["Draft.Body"] = "Typing while the editor saved." }, $"/newsroom/stories/{id}");

        Assert.Equal(HttpStatusCode.Conflict, autosave.StatusCode);
        Assert.Equal(revisions, await host.WithDatabaseAsync(db => db.Revisions.CountAsync(r => r.ArticleId == id, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Every_save_keeps_a_revision_any_two_compare_and_any_one_restores_as_a_new_revision()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Cass Tremayne");
        var id = await StoryDesk.CreateAsync(editor, "Revision history check", await StoryDesk.SectionIdAsync(host, "city"), "The first words.");
        var fields = await StoryDesk.CurrentFieldsAsync(host, id);
        fields["Draft.Body"] = "The second words.";
        using (await SaveAsync(editor, id, fields)) { }

        var revisions = await host.WithDatabaseAsync(db => db.Revisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.All(revisions, r => Assert.Equal("Cass Tremayne", r.SavedByName));

        var compare = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}/revisions?a=1&b=2");
        var body = compare.QuerySelectorAll(".diff-table tbody tr").Single(row => row.QuerySelector("th")!.TextContent == "Body");
        Assert.Contains("first", body.QuerySelectorAll("del").Select(d => d.TextContent.Trim()));
        Assert.Contains("second", body.QuerySelectorAll("ins").Select(i => i.TextContent.Trim()));

        using var restore = await editor.Client.PostFormAsync($"/newsroom/stories/{id}/revisions?handler=Restore",
            new Dictionary<string, string> { ["number"] = "1" }, $"/newsroom/stories/{id}/revisions");
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var after = await host.WithDatabaseAsync(db => db.Revisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, after.Count);
        Assert.Equal("Restored revision 1", after[2].Note);
        Assert.Equal("The first words.", await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Subject == $"article:{id}" && e.Action == AuditActions.RevisionRestored, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Autosave_keeps_one_rolling_revision_for_a_draft_and_never_touches_a_live_story()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var id = await StoryDesk.CreateAsync(author, "Autosave check", await StoryDesk.SectionIdAsync(host, "city"));
        for (var i = 1; i <= 3; i++)
        {
            var fields = await StoryDesk.CurrentFieldsAsync(host, id);
            fields["Draft.Body"] = $"Typing, pass {i}.";
            using var autosave = await author.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Autosave", fields, $"/newsroom/stories/{id}");
            Assert.Equal(HttpStatusCode.OK, autosave.StatusCode);
            Assert.Contains("\"saved\":true", await autosave.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        var notes = await host.WithDatabaseAsync(db => db.Revisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number).Select(r => r.Note).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["", "Autosave"], notes);

        using (await StoryDesk.MoveAsync(author, id, "Publish")) { }
        var live = await StoryDesk.CurrentFieldsAsync(host, id);
        live["Draft.Body"] = "Half-written edit.";
        // A live story's autosave keeps a pending copy beside it (PendingCopyTests): the story itself is untouched.
        using var kept = await author.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Autosave", live, $"/newsroom/stories/{id}");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Contains("\"pending\":true", await kept.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("Typing, pass 3.", await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync(TestContext.Current.CancellationToken)));
    }
}
