using System.Globalization;
using Byline.Outcomes;
using Byline.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>
/// A story's notes: where the notes panel's forms post (each redirects back to where the member reads the notes), and,
/// for the story's own people who may no longer edit it, where they read and answer them. A refused note shows here
/// again, with what was typed and why (400).
/// </summary>
public sealed class NotesModel(StoryNotes notes) : NewsroomPageModel
{
    public NotesPanel Panel { get; private set; } = null!;

    [BindProperty]
    public string? NoteBody { get; set; }

    /// <summary>"About": empty for the whole story, or the number of a paragraph of the saved body.</summary>
    [BindProperty]
    public string? NoteAbout { get; set; }

    [BindProperty]
    public int? ParentId { get; set; }

    [BindProperty]
    public int? NoteId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var read = await notes.ReadAsync(id, Actor, cancellationToken);
        if (Refused(read) is { } refusal)
        {
            return refusal;
        }
        Panel = new NotesPanel { View = read.Value! };
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken cancellationToken)
    {
        int? anchor = null;
        if (!string.IsNullOrEmpty(NoteAbout))
        {
            if (!int.TryParse(NoteAbout, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return await AgainAsync(id, null, new Dictionary<string, string> { [StoryNotes.AboutField] = "Choose the whole story or one of its paragraphs." }, cancellationToken);
            }
            anchor = index;
        }
        return await AnswerAsync(id, null, await notes.AddAsync(id, NoteBody, anchor, null, Actor, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostReplyAsync(int id, CancellationToken cancellationToken)
    {
        if (ParentId is not { } parent)
        {
            return await AgainAsync(id, null, new Dictionary<string, string> { [Outcome.General] = "Choose the note to reply to." }, cancellationToken);
        }
        return await AnswerAsync(id, parent, await notes.AddAsync(id, NoteBody, null, parent, Actor, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostResolveAsync(int id, CancellationToken cancellationToken) => SetResolvedAsync(id, true, cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(int id, CancellationToken cancellationToken) => SetResolvedAsync(id, false, cancellationToken);

    private async Task<IActionResult> SetResolvedAsync(int id, bool resolved, CancellationToken cancellationToken)
    {
        if (NoteId is not { } noteId)
        {
            return await AgainAsync(id, null, new Dictionary<string, string> { [Outcome.General] = "Choose the note to resolve or reopen." }, cancellationToken);
        }
        return await AnswerAsync(id, noteId, await notes.SetResolvedAsync(id, noteId, resolved, Actor, cancellationToken), cancellationToken);
    }

    /// <summary>Done: back to the notes, with the outcome's line. Refused: 404, 403, or this page again with the reason (400).</summary>
    private async Task<IActionResult> AnswerAsync(int id, int? threadId, Outcome<StoryNotesView> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            Flash(outcome.Message);
            return Redirect(outcome.Value!.Address);
        }
        if (Refused(outcome) is { } refusal)
        {
            return refusal;
        }
        return await AgainAsync(id, threadId, outcome.Errors, cancellationToken);
    }

    private async Task<IActionResult> AgainAsync(int id, int? threadId, IReadOnlyDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var read = await notes.ReadAsync(id, Actor, cancellationToken);
        if (Refused(read) is { } refusal)
        {
            return refusal;
        }
        // A refused reply or resolve that names a note not in this story (any more) is told at the top, by the add form.
        var shownThread = threadId is { } thread && read.Value!.Open.Concat(read.Value.Resolved).Any(t => t.Note.Id == thread) ? threadId : null;
        Panel = new NotesPanel { View = read.Value!, Body = NoteBody, About = NoteAbout, FailedThreadId = shownThread, Errors = errors };
        return PageAgain(StatusCodes.Status400BadRequest);
    }

    private IActionResult? Refused(Outcome outcome) => outcome.Kind switch
    {
        OutcomeKind.NotFound => NotFound(),
        OutcomeKind.Forbidden => Forbid(),
        _ => null,
    };
}
