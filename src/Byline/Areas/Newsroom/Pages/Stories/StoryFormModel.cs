using Byline.Media;
using Byline.Outcomes;
using Byline.Publishing;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
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
    /// <summary>
    /// The authors list's options: the story's authors in byline order, then the member. Never the whole newsroom (it
    /// may hold thousands of people): the type-ahead finds the others, and without JavaScript <see cref="AddAuthors"/> does.
    /// </summary>
    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    /// <summary>"Add authors by name": names separated by commas, added to the byline when the form is sent.</summary>
    [BindProperty]
    public string? AddAuthors { get; set; }

    /// <summary>Section id → slug, for the live search-result preview's address.</summary>
    public IReadOnlyDictionary<string, string> SectionSlugs { get; private set; } = new Dictionary<string, string>();

    /// <summary>Image id → a small JPEG variant's address, for the live social-card preview.</summary>
    public IReadOnlyDictionary<string, string> ImageThumbnails { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<SelectListItem> Images { get; private set; } = [];

    protected BylineDb Db => db;

    private const string KindRefusal = "Choose the story's type from the list: News, Analysis, Opinion, Review, Explainer or Sponsored content.";

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
        // An image in the trash is not offered, unless a story still features it (so that saving that story keeps it).
        Images = await db.MediaItems.AsNoTracking()
            .Where(m => m.TrashedAt == null || db.Articles.Any(a => a.FeaturedImageId == m.Id))
            .OrderByDescending(m => m.UploadedAt).Take(200)
            .Select(m => new SelectListItem($"{m.AltText} ({m.OriginalFileName})", m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Before every handler, names typed in "Add authors by name" join the byline (or become the field's error, which
    /// the handlers meet as an invalid form); after it, when the page is shown, the choices that depend on the story
    /// being shown are read.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var cancellationToken = HttpContext.RequestAborted;
        if (!string.IsNullOrWhiteSpace(AddAuthors))
        {
            var (ids, error) = await AuthorsByName.ResolveAsync(db, AddAuthors, cancellationToken);
            if (error is not null)
            {
                ModelState.AddModelError(nameof(AddAuthors), error);
            }
            Draft.AuthorIds = [.. Draft.AuthorIds, .. ids.Where(id => !Draft.AuthorIds.Contains(id))];
        }
        // A type that is not on the list (a hand-made or stale form) fails binding with the framework's bare "The value
        // 'x' is invalid."; the member is told what to do instead.
        var kindKey = $"{nameof(Draft)}.{nameof(ArticleDraft.Kind)}";
        if (ModelState.TryGetValue(kindKey, out var kind) && kind.Errors.Count > 0)
        {
            kind.Errors.Clear();
            ModelState.AddModelError(kindKey, KindRefusal);
        }
        var executed = await next();
        if (executed.Result is PageResult)
        {
            await LoadStoryChoicesAsync(cancellationToken);
        }
    }

    private async Task LoadStoryChoicesAsync(CancellationToken cancellationToken)
    {
        var ids = Draft.AuthorIds.Distinct().ToList();
        if (Actor.PersonId is { } me && !ids.Contains(me))
        {
            ids.Add(me);
        }
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(cancellationToken);
        People = people.OrderBy(p => ids.IndexOf(p.Id))
            .Select(p => new SelectListItem(p.Name, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        SectionSlugs = await db.Sections.AsNoTracking()
            .ToDictionaryAsync(s => s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s.Slug, cancellationToken);
        var chosen = Draft.FeaturedImageId;
        var images = await db.MediaItems.AsNoTracking().OrderByDescending(m => m.UploadedAt).Take(200)
            .Select(m => new { m.Id, m.StorageKey, m.VariantWidths, m.Width })
            .ToListAsync(cancellationToken);
        if (chosen is { } imageId && images.All(m => m.Id != imageId))
        {
            images.AddRange(await db.MediaItems.AsNoTracking().Where(m => m.Id == imageId)
                .Select(m => new { m.Id, m.StorageKey, m.VariantWidths, m.Width })
                .ToListAsync(cancellationToken));
        }
        ImageThumbnails = images.ToDictionary(
            m => m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            m => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{MediaUrls.Prefix}{m.StorageKey}-{SmallestWidth(m.VariantWidths, m.Width)}.jpg"));
    }

    private static int SmallestWidth(string variantWidths, int width) =>
        variantWidths.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(width)
            .Min();

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
