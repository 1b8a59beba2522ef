using System.Globalization;
using Byline.Media;
using Byline.Publishing;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Media;

/// <summary>
/// One image: its variants, the stories that use it, its words (editable) and, after a confirmation naming its uses, its
/// move to the trash; once there, its restore and (for admins) its deletion for good.
/// </summary>
public sealed class DetailModel(BylineDb db, MediaLibrary library, MediaUses uses, MediaDeletion deletion, TimeProvider clock) : NewsroomPageModel
{
    [BindProperty]
    public string? AltText { get; set; }

    [BindProperty]
    public string? Caption { get; set; }

    [BindProperty]
    public string? Credit { get; set; }

    public MediaItem Item { get; private set; } = null!;
    public string? UploadedBy { get; private set; }
    public MediaUsage Usage { get; private set; } = new([], false);
    public bool CanManage { get; private set; }

    /// <summary>"Delete permanently" was pressed once (the image is in the trash): the page asks, naming what uses the image.</summary>
    public bool ConfirmingDelete { get; private set; }

    /// <summary>"Move to trash" was pressed once: the page asks for the confirmation, naming what uses the image.</summary>
    public bool ConfirmingTrash { get; private set; }

    /// <summary>Admins delete an image for good, once it is in the trash.</summary>
    public bool CanDeletePermanently => ArticleAccess.CanDeletePermanently(Actor);

    /// <summary>When an image in the trash is deleted for good.</summary>
    public DateTimeOffset? PurgedAt => Item.TrashedAt + StoryTrash.KeptFor;

    public string? TrashedBy { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        AltText = Item.AltText;
        Caption = Item.Caption;
        Credit = Item.Credit;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken)
    {
        var result = await library.UpdateAsync(id, new MediaDetails(AltText, Caption, Credit), Actor, cancellationToken);
        switch (result.Outcome)
        {
            case MediaOutcome.Saved:
                Flash("Saved the image’s alt text, caption and credit.");
                return RedirectToPage(new { id });
            case MediaOutcome.NotFound:
                return NotFound();
            case MediaOutcome.Forbidden:
                return Forbid();
            default:
                foreach (var (field, message) in result.Errors)
                {
                    ModelState.AddModelError(field, message);
                }
                await LoadAsync(id, cancellationToken);
                return WithStatus(StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The first press (no <paramref name="confirm"/>) only asks, naming the image's uses; the second moves it to the trash.</summary>
    public async Task<IActionResult> OnPostTrashAsync(int id, bool confirm, CancellationToken cancellationToken)
    {
        if (!confirm)
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFound();
            }
            if (!CanManage || Item.TrashedAt is not null)
            {
                return Item.TrashedAt is null ? Forbid() : RedirectToPage(new { id });
            }
            KeepStoredDetails();
            if (await deletion.WhyCannotDeleteAsync(Usage, Actor, cancellationToken) is { } reason)
            {
                Problem = reason;
                return WithStatus(StatusCodes.Status403Forbidden);
            }
            ConfirmingTrash = true;
            return Page();
        }
        var result = await deletion.TrashAsync(id, confirm, Actor, cancellationToken);
        return await RespondAsync(result, () => RedirectToPage("Index"), async () =>
        {
            await LoadAsync(id, cancellationToken);
            KeepStoredDetails();
            Problem = result.Message;
        });
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken) =>
        await RespondAsync(await deletion.RestoreAsync(id, Actor, cancellationToken), () => RedirectToPage(new { id }));

    /// <summary>
    /// Deleting for good, from the trash and by an admin. The first press (no <paramref name="confirm"/>) only asks; the
    /// confirmation carries the stories it named, so a story that started using the image in between is never cleared
    /// without being shown.
    /// </summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, bool confirm, int[]? stories, bool logo, CancellationToken cancellationToken)
    {
        var actor = Actor;
        if (!confirm)
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFound();
            }
            if (!CanDeletePermanently)
            {
                return Forbid();
            }
            KeepStoredDetails();
            if (Item.TrashedAt is null)
            {
                Problem = "Move the image to the trash first: it is deleted for good only from the trash.";
                return WithStatus(StatusCodes.Status409Conflict);
            }
            ConfirmingDelete = true;
            return WithStatus(Usage.InUse ? StatusCodes.Status409Conflict : StatusCodes.Status200OK);
        }

        var result = await deletion.DeleteAsync(id, stories ?? [], logo, actor, cancellationToken);
        switch (result.Outcome)
        {
            case MediaOutcome.Deleted:
                Flash(DeletedMessage(result.Item!, result.Usage!));
                return Redirect("/newsroom/trash");
            case MediaOutcome.NotFound:
                return NotFound();
            case MediaOutcome.Forbidden when result.Errors.GetValueOrDefault("") is { } reason:
                await LoadAsync(id, cancellationToken);
                KeepStoredDetails();
                Problem = reason;
                return WithStatus(StatusCodes.Status403Forbidden);
            case MediaOutcome.Forbidden:
                return Forbid();
            default:
                await LoadAsync(id, cancellationToken);
                ConfirmingDelete = true;
                KeepStoredDetails();
                Problem = result.Outcome == MediaOutcome.InUse
                    ? "What uses this image changed since you confirmed. Check the list below and confirm again."
                    : result.Errors.GetValueOrDefault("");
                return WithStatus(StatusCodes.Status409Conflict);
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
        {
            return false;
        }
        Item = item;
        CanManage = MediaLibrary.CanManage(Actor, item);
        UploadedBy = item.UploadedById is { } by
            ? await db.Users.AsNoTracking().Where(u => u.Id == by).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        Usage = await uses.OfAsync(item, cancellationToken);
        TrashedBy = item.TrashedById is { } trasher
            ? await db.Users.AsNoTracking().Where(u => u.Id == trasher).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        return true;
    }

    /// <summary>The edit form next to the confirmation shows the stored words, not whatever the delete form did not post.</summary>
    private void KeepStoredDetails()
    {
        AltText = Item.AltText;
        Caption = Item.Caption;
        Credit = Item.Credit;
    }

    private static string DeletedMessage(MediaItem item, MediaUsage clearedFrom)
    {
        var message = $"Deleted “{item.OriginalFileName}” for good";
        if (clearedFrom.Featuring.Count is var featured and > 0)
        {
            message += string.Create(CultureInfo.InvariantCulture, $" and removed it from {Stories(featured)}");
        }
        if (clearedFrom.ShowingInText.Count is var inText and > 0)
        {
            message += string.Create(CultureInfo.InvariantCulture, $". {Stories(inText)} {(inText == 1 ? "shows" : "show")} a broken image where it stood in the text: edit {(inText == 1 ? "it" : "them")} to take it out");
        }
        return message + ".";
    }

    private static string Stories(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "story" : "stories")}");

    private PageResult WithStatus(int statusCode)
    {
        var page = Page();
        page.StatusCode = statusCode;
        return page;
    }

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.0} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB");
}
