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
    PendingCopies pending,
    SiteUrls urls,
    SiteIdentity site,
    TimeProvider clock) : StoryFormModel(db), IStoryWorkflow
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<WorkflowMove> Moves { get; private set; } = [];
    public bool CanCorrect { get; private set; }
    public bool CanTrash { get; private set; }
    public string? PublicPath { get; private set; }

    /// <summary>Set when a save met a newer version: what is stored now, to show beside what the member sent.</summary>
    public Article? Newer { get; private set; }
    public string? NewerSavedBy { get; private set; }

    /// <summary>Set with <see cref="Newer"/>: the version the member's sent text was written from.</summary>
    public int OpenedVersion { get; private set; }

    /// <summary>Set with <see cref="Newer"/> when the text the member opened was found: what merged, and what collided.</summary>
    public DraftMerge? Merge { get; private set; }

    /// <summary>Set with <see cref="Newer"/>: the form exactly as the member sent it (the form itself may hold the merge).</summary>
    public ArticleDraft? Yours { get; private set; }

    /// <summary>The member's autosaved edits of this live story that are not on the live page yet.</summary>
    public PendingCopy? Pending { get; private set; }

    /// <summary>True when the form holds <see cref="Pending"/> (the member chose to restore it).</summary>
    public bool PendingRestored { get; private set; }

    /// <summary>A time of day in the site's time zone, as the notices say it.</summary>
    public string TimeOfDay(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, site.Current.TimeZone).ToString("HH:mm", CultureInfo.InvariantCulture);

    [BindProperty]
    public string? CorrectionText { get; set; }

    /// <summary>The schedule time as the member typed it, in the site's time zone (datetime-local).</summary>
    [BindProperty]
    public string? PublishAt { get; set; }

    public string TimeZoneName => site.Current.TimeZone.Id;

    /// <summary>"What needs changing", sent with "Return to draft" when that sends the story back to its author.</summary>
    [BindProperty]
    public string? SentBackNote { get; set; }

    public bool SendBackNeedsNote { get; private set; }

    public string? SentBackError =>
        ModelState.TryGetValue(nameof(SentBackNote), out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <param name="restore">"pending": the form opens with the member's autosaved edits instead of the stored story.</param>
    public async Task<IActionResult> OnGetAsync(int id, string? restore, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Draft = ArticleDraft.From(Article);
        Pending = await pending.FindAsync(id, Actor, cancellationToken);
        if (Pending is not null && restore == "pending")
        {
            // At the version the copy was written from: if someone saved since, the member's save merges with theirs.
            Draft = PendingCopies.DraftOf(Pending);
            PendingRestored = true;
        }
        return Page();
    }

    /// <summary>"Discard" on the notice of autosaved edits: the live story stays as it is.</summary>
    public async Task<IActionResult> OnPostDiscardPendingAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Flash(await pending.DiscardAsync(id, Actor, cancellationToken)
            ? "Your automatically saved changes are discarded."
            : "There were no automatically saved changes to discard.");
        return Redirect($"/newsroom/stories/{id}");
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

    /// <summary>
    /// Called by the safety module every few seconds while the form changes, and when the page is hidden; the form's own
    /// Save button works without it. Drafts and stories in review are saved (merged with a newer version when the changes
    /// do not collide); a scheduled or published story is never changed: the member's edits are kept as a pending copy.
    /// </summary>
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
        if (!ModelState.IsValid)
        {
            return new JsonResult(new { saved = false, message = "Not saved yet: the form has errors." }) { StatusCode = StatusCodes.Status400BadRequest };
        }
        if (story.Status is ArticleStatus.Scheduled or ArticleStatus.Published)
        {
            // A live (or soon live) story changes only when someone presses Update: autosave would publish half-written edits.
            var kept = await pending.KeepAsync(id, Draft, Actor, cancellationToken);
            return kept.Kind switch
            {
                OutcomeKind.Done => new JsonResult(new
                {
                    saved = true,
                    pending = true,
                    version = Draft.Version,
                    message = $"Changes kept automatically at {TimeOfDay(kept.Value!.SavedAt)}; they are not on the live page until you press Update.",
                }),
                OutcomeKind.Forbidden => Forbid(),
                OutcomeKind.NotFound => NotFound(),
                _ => new JsonResult(new { saved = false, message = kept.Message }) { StatusCode = StatusCodes.Status409Conflict },
            };
        }
        var result = await editor.SaveAsync(id, Draft, Actor, RevisionNotes.Autosave, cancellationToken);
        return result.Kind switch
        {
            OutcomeKind.Done when result.Value!.Merge is { } merge => new JsonResult(new
            {
                saved = true,
                merged = true,
                version = result.Value.Version,
                fields = new Dictionary<string, string?>
                {
                    ["Draft.Headline"] = merge.Merged.Headline,
                    ["Draft.Slug"] = merge.Merged.Slug,
                    ["Draft.Standfirst"] = merge.Merged.Standfirst,
                    ["Draft.Body"] = merge.Merged.Body,
                    ["Draft.Tags"] = merge.Merged.Tags,
                    ["Draft.SeoTitle"] = merge.Merged.SeoTitle ?? "",
                    ["Draft.SeoDescription"] = merge.Merged.SeoDescription ?? "",
                    ["Draft.Kind"] = merge.Merged.Kind.ToString(),
                },
                message = MergedNote(merge) + " Saved automatically.",
            }),
            OutcomeKind.Done => new JsonResult(new { saved = true, version = result.Value!.Version, message = $"Draft saved automatically at {TimeOfDay(clock.GetUtcNow())}." }),
            OutcomeKind.Conflict => new JsonResult(new { saved = false, conflict = true, message = "Someone else saved this story; press Save to merge." }) { StatusCode = StatusCodes.Status409Conflict },
            OutcomeKind.Forbidden => Forbid(),
            OutcomeKind.NotFound => NotFound(),
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
        var result = await publisher.SaveAndMoveAsync(id, Draft, move, Actor, publishAt, cancellationToken, SentBackNote);
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
            if (moved.Errors.TryGetValue(StoryNotes.SentBackField, out var noteError))
            {
                // Beside its field, not at the top: the rest of the form was fine.
                ModelState.AddModelError(nameof(SentBackNote), noteError);
                return PageWithStatus(status);
            }
            return RefuseMove(status, moved.Message);
        }
        Flash((result.Save.Value?.Merge is { } merge ? MergedNote(merge) + " " : "") + moved.Message + ".");
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

    /// <summary>A "Delete" form from before the trash (an open tab, a bookmark) moves nothing: it leads to the confirmation.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        return CanTrash ? Redirect($"/newsroom/stories/{id}/trash") : Forbid();
    }

    private IActionResult AfterSave(Outcome<StoryVersion> result)
    {
        switch (result.Kind)
        {
            case OutcomeKind.Done:
                Flash(result.Value!.Merge is { } merged ? MergedNote(merged) : "Saved.");
                return Redirect($"/newsroom/stories/{result.Value!.ArticleId}");
            case OutcomeKind.Conflict:
                Newer = result.Value!.Stored!;
                // The editable form goes on from the stored version, so a member who merges both texts by hand can save.
                OpenedVersion = Draft.Version;
                NewerSavedBy = result.Value!.SavedBy;
                Merge = result.Value!.Merge;
                Yours = Draft;
                if (Merge is not null)
                {
                    // Whatever merged is in the form already; at each collision it holds the member's text.
                    Draft = Merge.Merged;
                    foreach (var key in ModelState.Keys.Where(k => k.StartsWith($"{nameof(Draft)}.", StringComparison.Ordinal)).ToList())
                    {
                        ModelState.Remove(key);
                    }
                }
                Draft.Version = Newer.Version;
                ModelState.Remove($"{nameof(Draft)}.{nameof(ArticleDraft.Version)}");
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

    private string MergedNote(DraftMerge merge) =>
        $"Merged with the changes {merge.TheirsSavedBy ?? "someone else"} saved{(merge.TheirsSavedAt is { } at ? $" at {TimeOfDay(at)}" : "")}: both kept.";

    /// <summary>A refused move shows the form as the member sent it: nothing of theirs is saved, and nothing is lost.</summary>
    private PageResult RefuseMove(int statusCode, string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return PageWithStatus(statusCode);
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
            // The member's own story they may no longer change (a contributor's published story) opens read-only.
            return HttpMethods.IsGet(Request.Method) && ArticleAccess.CanRead(actor, own) ? Redirect($"/newsroom/stories/{id}/read") : Forbid();
        }

        Article = article;
        Moves = EditorialWorkflow.MovesFrom(article.Status).Where(m => ArticleAccess.CanMove(actor, m, article.Status, own)).ToList();
        SendBackNeedsNote = Moves.Contains(WorkflowMove.ReturnToDraft) && ArticleAccess.MoveNeedsNote(WorkflowMove.ReturnToDraft, article.Status, own);
        CanCorrect = article.Status == ArticleStatus.Published && ArticleAccess.CanCorrect(actor);
        CanTrash = ArticleAccess.CanTrash(actor, article.Status, own);
        PublicPath = article.Status == ArticleStatus.Published && article.PublishedAt is { } at ? urls.Article(article.Section.Slug, at, article.Slug) : null;
        PublishAt ??= (article.Status == ArticleStatus.Scheduled && article.PublishedAt is { } scheduled
            ? TimeZoneInfo.ConvertTime(scheduled, site.Current.TimeZone)
            : TimeZoneInfo.ConvertTime(clock.GetUtcNow().AddHours(1), site.Current.TimeZone)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        await LoadChoicesAsync(cancellationToken);
        return null;
    }
}
