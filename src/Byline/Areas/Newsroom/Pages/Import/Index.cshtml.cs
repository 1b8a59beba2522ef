using Byline.Accounts;
using Byline.Storage;
using Byline.Transfer.WordPress;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Byline.Areas.Newsroom.Pages.Import;

/// <summary>
/// Admins upload a WordPress export; a dry run starts at once in the background and its page shows the report, from
/// which the import itself is started. Admins only (the folder's policy). Imports the site's last stop interrupted are
/// named here until the next import completes.
/// </summary>
[ImportUploadLimit]
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed class IndexModel(WordPressImportJobs jobs, IOptions<WordPressUploadOptions> options, BylineDb db) : NewsroomPageModel
{
    [BindProperty]
    public IFormFile? Export { get; set; }

    /// <summary>Optional: a ZIP of the old site's wp-content/uploads folder, so images come along.</summary>
    [BindProperty]
    public IFormFile? Uploads { get; set; }

    [BindProperty(SupportsGet = true, Name = ImportUploadLimitAttribute.RefusedQuery)]
    public string? Refused { get; set; }

    public int MaxMegabytes => options.Value.MaxUploadMegabytes;

    /// <summary>What the audit log says about imports cut short since the last one that completed (newest first).</summary>
    public IReadOnlyList<string> Interrupted { get; private set; } = [];

    public string TooLargeMessage => $"The file is larger than {MaxMegabytes} MB, the limit of this page (Byline:Import:MaxUploadMegabytes). Import it with the command line: Byline import wordpress FILE.xml.";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Refused == ImportUploadLimitAttribute.TooLarge)
        {
            ModelState.AddModelError(nameof(Export), TooLargeMessage);
        }
        await ReadInterruptedAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Export is null || Export.Length == 0)
        {
            ModelState.AddModelError(nameof(Export), "Choose the .xml file WordPress's Tools → Export wrote.");
        }
        if (Uploads is { Length: > 0 })
        {
            await using var zip = Uploads.OpenReadStream();
            if (UploadsArchive.Check(zip) is { } problem)
            {
                ModelState.AddModelError(nameof(Uploads), problem);
            }
        }
        if (!ModelState.IsValid)
        {
            await ReadInterruptedAsync(cancellationToken);
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }
        Directory.CreateDirectory(jobs.UploadFolder);
        var id = Guid.NewGuid().ToString("N");
        var stored = await StoreAsync(Export!, $"{id}.xml", cancellationToken);
        var uploads = Uploads is { Length: > 0 } ? await StoreAsync(Uploads, $"{id}-uploads.zip", cancellationToken) : null;
        var name = Path.GetFileName(Export!.FileName);
        var job = jobs.Start(stored, uploads, name.Length == 0 ? "export.xml" : name, dryRun: true, Actor);
        return RedirectToPage("Status", new { id = job.Id });
    }

    private async Task ReadInterruptedAsync(CancellationToken cancellationToken)
    {
        var lastImport = await db.AuditEntries.Where(e => e.Action == AuditActions.WordPressImported).MaxAsync(e => (DateTimeOffset?)e.At, cancellationToken);
        Interrupted = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditActions.WordPressImportInterrupted && (lastImport == null || e.At > lastImport))
            .OrderByDescending(e => e.At).Take(5).Select(e => e.Details)
            .ToListAsync(cancellationToken);
    }

    private async Task<string> StoreAsync(IFormFile upload, string name, CancellationToken cancellationToken)
    {
        var path = Path.Combine(jobs.UploadFolder, name);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await upload.CopyToAsync(file, cancellationToken);
        return path;
    }
}
