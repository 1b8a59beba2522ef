using System.Globalization;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>Drives the notes panel over HTTP as a member's browser does: each form posts to the story's notes page.</summary>
internal static class StoryNotesDesk
{
    /// <summary>A page every member may open, for the antiforgery token of a post made without opening the story.</summary>
    public const string TokenPage = "/newsroom/stories/new";

    public static Task<HttpResponseMessage> AddAsync(NewsroomSession session, int id, string body, string about = "") =>
        session.Client.PostFormAsync($"/newsroom/stories/{id}/notes?handler=Add", new Dictionary<string, string>
        {
            ["NoteBody"] = body,
            ["NoteAbout"] = about,
        }, TokenPage);

    public static Task<HttpResponseMessage> ReplyAsync(NewsroomSession session, int id, int parentId, string body) =>
        session.Client.PostFormAsync($"/newsroom/stories/{id}/notes?handler=Reply", new Dictionary<string, string>
        {
            ["NoteBody"] = body,
            ["ParentId"] = parentId.ToString(CultureInfo.InvariantCulture),
        }, TokenPage);

    public static Task<HttpResponseMessage> ResolveAsync(NewsroomSession session, int id, int noteId, bool resolve = true) =>
        session.Client.PostFormAsync($"/newsroom/stories/{id}/notes?handler={(resolve ? "Resolve" : "Reopen")}", new Dictionary<string, string>
        {
            ["NoteId"] = noteId.ToString(CultureInfo.InvariantCulture),
        }, TokenPage);

    public static Task<List<StoryNote>> NotesAsync(BylineHost host, int id) =>
        host.WithDatabaseAsync(db => db.StoryNotes.AsNoTracking().Where(n => n.ArticleId == id).OrderBy(n => n.Id).ToListAsync(TestContext.Current.CancellationToken));

    public static async Task<StoryNote> NoteAsync(BylineHost host, int id, string body) =>
        (await NotesAsync(host, id)).Single(n => n.Body == body);
}
