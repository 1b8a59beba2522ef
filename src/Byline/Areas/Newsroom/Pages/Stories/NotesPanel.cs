using Byline.Accounts;
using Byline.Publishing;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>
/// What the notes panel (_Notes.cshtml) shows: the story's notes for the member, and, when a note form was refused,
/// what they typed and why, beside the form they used (<see cref="FailedThreadId"/>: a reply form; null: "Add a note").
/// </summary>
public sealed class NotesPanel
{
    private static readonly object ItemsKey = new();

    public required StoryNotesView View { get; init; }
    public string? Body { get; init; }
    public string? About { get; init; }
    public int? FailedThreadId { get; init; }
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public bool Failed => Errors.Count > 0;

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var message) ? message : null;

    /// <summary>
    /// The notes of the story the page shows, read once per request for the partials of the story page (the "sent back"
    /// notice at the top and the panel in the side column); null when the member may not read them.
    /// </summary>
    public static async Task<StoryNotesView?> ReadOnceAsync(HttpContext context, StoryNotes notes, int articleId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(notes);
        if (context.Items[ItemsKey] is StoryNotesView read && read.ArticleId == articleId)
        {
            return read;
        }
        var outcome = await notes.ReadAsync(articleId, Actor.From(context.User), context.RequestAborted);
        context.Items[ItemsKey] = outcome.Value;
        return outcome.Value;
    }
}
