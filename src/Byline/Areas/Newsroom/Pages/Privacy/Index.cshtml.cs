using System.Globalization;
using System.Text.Json;
using Byline.Comments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Areas.Newsroom.Pages.Privacy;

/// <summary>
/// Admins answer a commenter's request about their data: how many comments are stored with an email address, a JSON
/// export of all of it, or its erasure. The address travels in POST bodies only, never in a URL, a flash message or a log.
/// </summary>
public sealed class IndexModel(CommenterPrivacy privacy, TimeProvider clock) : NewsroomPageModel
{
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public ErasureMode? Mode { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    /// <summary>What is stored with <see cref="Email"/>, once it was looked up.</summary>
    public CommenterFootprint? Footprint { get; private set; }

    public string? EmailError { get; private set; }
    public string? ModeError { get; private set; }
    public string? ConfirmError { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostLookupAsync(CancellationToken cancellationToken)
    {
        if (!CheckEmail())
        {
            return Refused(StatusCodes.Status400BadRequest);
        }
        Footprint = await privacy.FindAsync(Email!, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (!CheckEmail())
        {
            return Refused(StatusCodes.Status400BadRequest);
        }
        Footprint = await privacy.FindAsync(Email!, cancellationToken);
        if (Footprint.Total == 0)
        {
            return Refused(StatusCodes.Status404NotFound);
        }
        var export = await privacy.ExportAsync(Email!, Actor, cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"commenter-export-{clock.GetUtcNow():yyyy-MM-dd-HHmm}.json");
        // The newsroom's no-store rule applies too; the export is a download, never a page to keep.
        return File(JsonSerializer.SerializeToUtf8Bytes(export, ExportJson), "application/json", name);
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (!CheckEmail())
        {
            return Refused(StatusCodes.Status400BadRequest);
        }
        Footprint = await privacy.FindAsync(Email!, cancellationToken);
        if (Footprint.Total == 0)
        {
            return Refused(StatusCodes.Status404NotFound);
        }
        if (Mode is not { } mode || !Enum.IsDefined(mode))
        {
            ModeError = "Choose what becomes of the comments: replaced with “Deleted comment”, or kept without a name.";
        }
        if (!Confirm)
        {
            ConfirmError = "Tick the box to confirm: an erasure cannot be undone.";
        }
        if (ModeError is not null || ConfirmError is not null)
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        var result = await privacy.EraseAsync(Email!, Mode!.Value, Actor, cancellationToken);
        // The notice repeats the counts only: TempData travels in a cookie, and the address must not.
        Flash(CommenterPrivacy.Describe(result, Mode.Value));
        Response.Headers.Location = "/newsroom/privacy";
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private bool CheckEmail()
    {
        // The binder's own complaints (none are expected for text) give way to one sentence about the address.
        ModelState.Clear();
        EmailError = CommenterPrivacy.EmailError(Email);
        Email = Email?.Trim();
        return EmailError is null;
    }

    private PageResult Refused(int statusCode)
    {
        var page = Page();
        page.StatusCode = statusCode;
        return page;
    }
}
