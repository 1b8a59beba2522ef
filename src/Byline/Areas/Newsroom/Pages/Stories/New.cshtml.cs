using System.Globalization;
using Byline.Content;
using Byline.Publishing;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>
/// Writes a new story: save it as a draft, or create it and make a workflow move in the same request ("Publish now",
/// "Submit for review", "Schedule"), and the first autosave, which creates the draft the later ones save.
/// </summary>
public sealed class NewModel(
    BylineDb db, ArticleEditor editor, ArticlePublisher publisher, SiteIdentity site, TimeProvider clock)
    : StoryFormModel(db), IStoryWorkflow
{
    /// <summary>The moves the member's role allows from a new draft of their own.</summary>
    public IReadOnlyList<WorkflowMove> Moves { get; private set; } = [];

    /// <summary>The schedule time as the member typed it, in the site's time zone (datetime-local).</summary>
    [BindProperty]
    public string? PublishAt { get; set; }

    public string TimeZoneName => site.Current.TimeZone.Id;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Actor.PersonId is { } me)
        {
            Draft.AuthorIds = [me];
        }
        if (Sections.Count > 0)
        {
            Draft.SectionId = int.Parse(Sections[0].Value, CultureInfo.InvariantCulture);
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return PageWithStatus(StatusCodes.Status400BadRequest);
        }
        var result = await editor.SaveAsync(null, Draft, Actor, RevisionNotes.Save, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return PageWithStatus(StatusCodes.Status400BadRequest);
        }
        Flash("The draft is saved.");
        return Redirect($"/newsroom/stories/{result.Value!.ArticleId}");
    }

    /// <summary>
    /// A workflow button on a new story: the story is created, then moved. A refused move (a schedule time in the past)
    /// leaves the story saved as a draft, and the member lands on its page with the reason.
    /// </summary>
    public async Task<IActionResult> OnPostMoveAsync(WorkflowMove move, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return PageWithStatus(StatusCodes.Status400BadRequest);
        }
        if (!Moves.Contains(move))
        {
            ModelState.AddModelError(string.Empty, $"Your role cannot “{EditorialWorkflow.Describe(move)}” a new story.");
            return PageWithStatus(StatusCodes.Status403Forbidden);
        }
        DateTimeOffset? publishAt = null;
        if (move == WorkflowMove.Schedule)
        {
            if (!DateTime.TryParse(PublishAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                ModelState.AddModelError(string.Empty, "Choose the date and time the story should go live.");
                return PageWithStatus(StatusCodes.Status400BadRequest);
            }
            publishAt = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), site.Current.TimeZone));
        }
        var saved = await editor.SaveAsync(null, Draft, Actor, RevisionNotes.Save, cancellationToken);
        if (!saved.Succeeded)
        {
            AddErrors(saved);
            return PageWithStatus(StatusCodes.Status400BadRequest);
        }
        var id = saved.Value!.ArticleId;
        var moved = await publisher.MoveAsync(id, move, Actor, publishAt, cancellationToken);
        Flash(moved.Succeeded ? moved.Message + "." : $"The story is saved as a draft, but not moved: {moved.Message}");
        return Redirect($"/newsroom/stories/{id}");
    }

    /// <summary>
    /// The first autosave of a new story creates its draft; the page then moves to the story's address, and later
    /// autosaves (and the form's buttons) go to the story.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return new JsonResult(new { saved = false, message = "Not saved yet: the form has errors." }) { StatusCode = StatusCodes.Status400BadRequest };
        }
        var result = await editor.SaveAsync(null, Draft, Actor, RevisionNotes.Autosave, cancellationToken);
        if (!result.Succeeded)
        {
            return new JsonResult(new { saved = false, message = "Not saved yet: " + string.Join(" ", result.Errors.Values) }) { StatusCode = StatusCodes.Status400BadRequest };
        }
        var id = result.Value!.ArticleId;
        var at = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), site.Current.TimeZone).ToString("HH:mm", CultureInfo.InvariantCulture);
        return new JsonResult(new
        {
            saved = true,
            id,
            version = result.Value.Version,
            editUrl = $"/newsroom/stories/{id}",
            message = $"Draft saved automatically at {at}.",
        });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        var actor = Actor;
        Moves = EditorialWorkflow.MovesFrom(ArticleStatus.Draft).Where(m => ArticleAccess.CanMove(actor, m, ArticleStatus.Draft, isOwn: true)).ToList();
        PublishAt ??= TimeZoneInfo.ConvertTime(clock.GetUtcNow().AddHours(1), site.Current.TimeZone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
    }
}
