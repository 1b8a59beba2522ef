using System.Net;
using Byline.Accounts;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using static Byline.IntegrationTests.Newsroom.StoryNotesDesk;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>"Needs changes": an editor sends a story in review back to its author with a note, stored with the move.</summary>
public sealed class StoryNotesSendBackTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sending_a_story_back_without_saying_what_needs_changing_is_refused_beside_the_field_and_changes_nothing()
    {
        var (_, editor, id) = await SubmittedAsync("Ana Ruiz");
        var page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        Assert.Equal("What needs changing", page.QuerySelector("label[for='sent-back-note']")!.TextContent);
        Assert.Equal("story-form", page.QuerySelector("#sent-back-note")!.GetAttribute("form"));

        using var response = await StoryDesk.MoveFromAsync(editor, id, page, "ReturnToDraft", new Dictionary<string, string> { ["SentBackNote"] = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var refused = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("Say what needs changing: the author reads it at the top of the story.", refused.QuerySelector("#sent-back-error")!.TextContent);
        Assert.Equal("true", refused.QuerySelector("#sent-back-note")!.GetAttribute("aria-invalid"));
        Assert.Equal(ArticleStatus.InReview, await StatusAsync(id));
        Assert.Empty(await NotesAsync(host, id));
        Assert.False(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Subject == $"article:{id}" && e.Action == AuditActions.ArticleReturnedToDraft, Cancel)));
    }

    [Fact]
    public async Task A_story_sent_back_with_a_note_is_a_draft_whose_author_reads_the_note_at_the_top()
    {
        var (contributor, editor, id) = await SubmittedAsync("Bea Sender");

        using var response = await StoryDesk.MoveAsync(editor, id, "ReturnToDraft", changes: new Dictionary<string, string>
        {
            ["SentBackNote"] = "Needs a second source for the fee figures.\nAnd a quote from the port.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticleStatus.Draft, await StatusAsync(id));
        var note = Assert.Single(await NotesAsync(host, id));
        Assert.Equal(StoryNoteKind.SentBack, note.Kind);
        Assert.Equal(editor.User.Id, note.AuthorId);
        Assert.Equal("Bea Sender", note.AuthorName);
        Assert.Equal("Needs a second source for the fee figures.\nAnd a quote from the port.", note.Body);
        var audit = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Subject == $"article:{id}" && e.Action == AuditActions.ArticleReturnedToDraft, Cancel));
        Assert.StartsWith("Sent “", audit.Details, StringComparison.Ordinal);
        Assert.EndsWith("back to its author with a note", audit.Details, StringComparison.Ordinal);

        var page = await contributor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        var top = page.QuerySelector(".story-sent-back")!;
        Assert.StartsWith("Sent back by Bea Sender", top.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Needs a second source for the fee figures.", top.TextContent, StringComparison.Ordinal);
        // It sits above the editor, and in the notes, where it is answered and resolved.
        Assert.True(top.CompareDocumentPosition(page.QuerySelector("#story-form")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.NotNull(page.QuerySelector($"#notes #note-{note.Id}.story-note--sent-back form.story-note__resolve"));

        using var resolved = await ResolveAsync(contributor, id, note.Id);
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Null((await contributor.Client.GetDocumentAsync($"/newsroom/stories/{id}")).QuerySelector(".story-sent-back"));
    }

    [Fact]
    public async Task A_contributor_taking_back_their_own_submission_needs_no_note()
    {
        var (contributor, _, id) = await SubmittedAsync("Cy Editor");
        var page = await contributor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        Assert.Null(page.QuerySelector("#sent-back-note"));

        using var response = await StoryDesk.MoveFromAsync(contributor, id, page, "ReturnToDraft", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticleStatus.Draft, await StatusAsync(id));
        Assert.Empty(await NotesAsync(host, id));
    }

    [Fact]
    public async Task A_send_back_refused_because_the_story_moved_meanwhile_stores_no_note()
    {
        var (contributor, editor, id) = await SubmittedAsync("Di Editor");
        var editorsPage = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        using (var withdrawn = await StoryDesk.MoveAsync(contributor, id, "ReturnToDraft"))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        using var response = await StoryDesk.MoveFromAsync(editor, id, editorsPage, "ReturnToDraft", new Dictionary<string, string> { ["SentBackNote"] = "Too late to matter." });

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await NotesAsync(host, id));
    }

    /// <summary>A contributor's story, submitted for review, and an editor (named <paramref name="editorName"/>) to review it.</summary>
    private async Task<(NewsroomSession Contributor, NewsroomSession Editor, int Id)> SubmittedAsync(string editorName)
    {
        var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, editorName);
        var id = await StoryDesk.CreateAsync(contributor, $"Sent back {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        using var submitted = await StoryDesk.MoveAsync(contributor, id, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(ArticleStatus.InReview, await StatusAsync(id));
        return (contributor, editor, id);
    }

    private Task<ArticleStatus> StatusAsync(int id) =>
        host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync(Cancel));
}
