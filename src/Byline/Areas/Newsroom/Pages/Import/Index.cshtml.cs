using Byline.Accounts;
using Byline.Transfer.WordPress;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Byline.Areas.Newsroom.Pages.Import;

/// <summary>
/// Admins upload a WordPress export; a dry run starts at once in the background and its page shows the report, from
/// which the import itself is started. Admins only (the folder's policy).
/// </summary>
[ImportUploadLimit]
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed class IndexModel(WordPressImportJobs jobs, IOptions<WordPressUploadOptions> options) : PageModel
{
    [BindProperty]
    public IFormFile? Export { get; set; }

    [BindProperty(SupportsGet = true, Name = ImportUploadLimitAttribute.RefusedQuery)]
    public string? Refused { get; set; }

    public int MaxMegabytes => options.Value.MaxUploadMegabytes;

    public string TooLargeMessage => $"The file is larger than {MaxMegabytes} MB, the limit of this page (Byline:Import:MaxUploadMegabytes). Import it with the command line: Byline import wordpress FILE.xml.";

    public void OnGet()
    {
        if (Refused == ImportUploadLimitAttribute.TooLarge)
        {
            ModelState.AddModelError(nameof(Export), TooLargeMessage);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Export is null || Export.Length == 0)
        {
            ModelState.AddModelError(nameof(Export), "Choose the .xml file WordPress's Tools → Export wrote.");
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }
        Directory.CreateDirectory(jobs.UploadFolder);
        var stored = Path.Combine(jobs.UploadFolder, $"{Guid.NewGuid():N}.xml");
        await using (var file = new FileStream(stored, FileMode.CreateNew, FileAccess.Write))
        {
            await Export.CopyToAsync(file, cancellationToken);
        }
        var name = Path.GetFileName(Export.FileName);
        var job = jobs.Start(stored, name.Length == 0 ? "export.xml" : name, dryRun: true, Actor.From(User));
        return RedirectToPage("Status", new { id = job.Id });
    }
}
