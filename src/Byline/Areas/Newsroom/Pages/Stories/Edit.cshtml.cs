using System.Globalization;
using Byline.Content;
using Byline.Outcomes;
using Byline.Publishing;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>
/// Edits one story: save (a revision each time), autosave of drafts, the workflow moves the member may
/// make, corrections for editors, and the conflict page when someone saved in the meantime.
/// </summary>
public sealed class EditModel(
    BylineDb db,
    ArticleEditor editor,
    ArticlePublisher publisher,
    CorrectionDesk corrections,
    StoryDeletion deletion,
    SiteUrls urls,
    SiteIdentity site,
    TimeProvider clock) : StoryFormModel(db)
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<WorkflowMove> Moves { get; private set; } = [];
    public bool CanCorrect { get; private set; }
    public bool CanDelete { get; private set; }
    public string? PublicPath { get; private set; }

    /// <summary>Set when a save met a newer version: what is stored now, to show beside what the member sent.</summary>
    public Article? Newer { get; private set; }
    public string? NewerSavedBy { get; private set; }

    /// <summary>Set with <see cref="Newer"/>: the version the member's sent text was written from.</summary>
    public int OpenedVersion { get; private set; }

    [BindProperty]
    public string? CorrectionText { get; set; }

    /// <summary>The schedule time as the member typed it, in the site's time zone (datetime-local).</summary>
    [BindProperty]
    public string? PublishAt { get; set; }

    public string TimeZoneName => site.Current.TimeZone.Id;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Draft = ArticleDraft.From(Article);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!ModelState.IsValid)
        {
            return PageWithStatus(StatusCodes.Status400BadRequest);
        }
        var result = await editor.SaveAsync(id, Draft, Actor, RevisionNotes.Save, cancellationToken);
        return AfterSave(result);
    }

    /// <summary>Called by editor.js every few seconds while a draft changes; the form's own Save button works without it.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int id, CancellationToken cancellationToken)
    {
        var story = await Db.Articles.Where(a => a.Id == id)
            .Select(a => new { a.Status, a.CreatedById, Authors = a.Authors.Select(x => x.PersonId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return NotFound();
        }
        if (!ArticleAccess.CanEdit(Actor, story.Status, ArticleAccess.IsOwn(Actor, story.CreatedById, story.Authors)))
        {
            return Forbid();
        }
        if (story.Status is not (ArticleStatus.Draft or ArticleStatus.InReview))
        {
            // A live story changes only when someone presses Save: autosave would publish half-written edits.
            return new JsonResult(new { saved = false, message = "Autosave is off for scheduled and published stories." }) { StatusCode = StatusCodes.Status409Conflict };
        }
        if (!ModelState.IsValid)
        {
            return new JsonResult(new { saved = false, message = "Not saved yet: the form has errors." }) { StatusCode = StatusCodes.Status400BadRequest };
        }
        var result = await editor.SaveAsync(id, Draft, Actor, RevisionNotes.Autosave, cancellationToken);
        return result.Kind switch
        {
            OutcomeKind.Done => new JsonResult(new { saved = true, version = result.Value!.Version, message = "Draft saved automatically." }),
            OutcomeKind.Conflict => new JsonResult(new { saved = false, message = "Someone else saved this story. Save to see both versions." }) { StatusCode = StatusCodes.Status409Conflict },
            OutcomeKind.Forbidden => Forbid(),
            _ => new JsonResult(new { saved = false, message = string.Join(" ", result.Errors.Values) }) { StatusCode = StatusCodes.Status400BadRequest },
        };
    }

    /// <summary>A workflow button: it submits the story form, which is saved first; the move happens only if the save does.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, WorkflowMove move, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!ModelState.IsValid)
        {
            return PageWithStatus(StatusCodes.Status400BadRequest);
        }
        DateTimeOffset? publishAt = null;
        if (move == WorkflowMove.Schedule)
        {
            if (!DateTime.TryParse(PublishAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return RefuseMove(StatusCodes.Status400BadRequest, "Choose the date and time the story should go live.");
            }
            publishAt = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), site.Current.TimeZone));
        }
        var result = await publisher.SaveAndMoveAsync(id, Draft, move, Actor, publishAt, cancellationToken);
        if (result.Move is not { } moved)
        {
            return AfterSave(result.Save);
        }
        if (!moved.Succeeded)
        {
            var status = moved.Kind switch
            {
                OutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
                OutcomeKind.Conflict => StatusCodes.Status409Conflict,
                OutcomeKind.NotFound => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status400BadRequest,
            };
            return RefuseMove(status, moved.Message);
        }
        Flash(moved.Message + ".");
        return Redirect($"/newsroom/stories/{id}");
    }

    public async Task<IActionResult> OnPostCorrectAsync(int id, CancellationToken cancellationToken)
    {
        // This form does not carry the story's fields; only its own field is validated here.
        ModelState.Clear();
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var result = await corrections.AddAsync(id, CorrectionText, Actor, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(CorrectionText), result.Message);
            Draft = ArticleDraft.From(Article);
            return PageWithStatus(result.Kind == OutcomeKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest);
        }
        Flash(result.Message);
        return Redirect($"/newsroom/stories/{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        // This form does not carry the story's fields; only its own field is validated here.
        ModelState.Clear();
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var result = await deletion.DeleteAsync(id, Actor, cancellationToken);
        switch (result.Kind)
        {
            case OutcomeKind.Done:
                Flash(result.Message);
                return Redirect("/newsroom/stories");
            case OutcomeKind.NotFound:
                return NotFound();
            default:
                return RefuseWithStoredForm(result.Kind == OutcomeKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict, result.Message);
        }
    }

    private IActionResult AfterSave(Outcome<StoryVersion> result)
    {
        switch (result.Kind)
        {
            case OutcomeKind.Done:
                Flash("Saved.");
                return Redirect($"/newsroom/stories/{result.Value!.ArticleId}");
            case OutcomeKind.Conflict:
                Newer = result.Value!.Stored!;
                // The editable form goes on from the stored version, so a member who merges both texts by hand can save.
                OpenedVersion = Draft.Version;
                Draft.Version = Newer.Version;
                ModelState.Remove($"{nameof(Draft)}.{nameof(ArticleDraft.Version)}");
                NewerSavedBy = result.Value!.SavedBy;
                return PageWithStatus(StatusCodes.Status409Conflict);
            case OutcomeKind.Forbidden:
                return Forbid();
            case OutcomeKind.NotFound:
                return NotFound();
            default:
                AddErrors(result);
                return PageWithStatus(StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>A refused move shows the form as the member sent it: nothing of theirs is saved, and nothing is lost.</summary>
    private PageResult RefuseMove(int statusCode, string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return PageWithStatus(statusCode);
    }

    /// <summary>For the forms that do not carry the story's fields: the form shows the story as stored.</summary>
    private PageResult RefuseWithStoredForm(int statusCode, string message)
    {
        Draft = ArticleDraft.From(Article);
        return RefuseMove(statusCode, message);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var article = await Db.Articles.AsNoTracking()
            .Include(a => a.Section)
            .Include(a => a.Authors.OrderBy(x => x.Position))
            .Include(a => a.Tags)
            .Include(a => a.Corrections.OrderBy(c => c.CreatedAt))
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        var actor = Actor;
        var own = ArticleAccess.IsOwn(actor, article.CreatedById, article.Authors.Select(a => a.PersonId));
        if (!ArticleAccess.CanEdit(actor, article.Status, own))
        {
            return Forbid();
        }

        Article = article;
        Moves = EditorialWorkflow.MovesFrom(article.Status).Where(m => ArticleAccess.CanMove(actor, m, article.Status, own)).ToList();
        CanCorrect = article.Status == ArticleStatus.Published && ArticleAccess.CanCorrect(actor);
        CanDelete = article.Status != ArticleStatus.Published && ArticleAccess.CanDelete(actor, article.Status, own);
        PublicPath = article.Status == ArticleStatus.Published && article.PublishedAt is { } at ? urls.Article(article.Section.Slug, at, article.Slug) : null;
        PublishAt ??= (article.Status == ArticleStatus.Scheduled && article.PublishedAt is { } scheduled
            ? TimeZoneInfo.ConvertTime(scheduled, site.Current.TimeZone)
            : TimeZoneInfo.ConvertTime(clock.GetUtcNow().AddHours(1), site.Current.TimeZone)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        await LoadChoicesAsync(cancellationToken);
        return null;
    }
}
