using Byline.Outcomes;
using Byline.Publishing;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>What the new-story and edit-story pages share: the form, its choices and errors (the preview is Preview.cshtml).</summary>
public abstract class StoryFormModel(BylineDb db) : NewsroomPageModel
{
    [BindProperty]
    public ArticleDraft Draft { get; set; } = new();

    public IReadOnlyList<SelectListItem> Sections { get; private set; } = [];
    public IReadOnlyList<SelectListItem> People { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Images { get; private set; } = [];

    protected BylineDb Db => db;

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
        People = await db.People.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
        Images = await db.MediaItems.AsNoTracking().OrderByDescending(m => m.UploadedAt).Take(200)
            .Select(m => new SelectListItem($"{m.AltText} ({m.OriginalFileName})", m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
    }

    protected void AddErrors(Outcome<StoryVersion> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError($"{nameof(Draft)}.{field}", message);
        }
    }

    /// <summary>The story form's fields are bound under <see cref="Draft"/>.</summary>
    public override string? ErrorFor(string field) => base.ErrorFor($"{nameof(Draft)}.{field}");

    protected PageResult PageWithStatus(int statusCode)
    {
        var page = Page();
        page.StatusCode = statusCode;
        return page;
    }
}
