using Byline.Content;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Authors;

/// <summary>An author's public profile: role, bio, photo, expertise and contact links.</summary>
public sealed class EditModel(AuthorProfileEditor editor, BylineDb db) : NewsroomPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public string? JobTitle { get; set; }

    [BindProperty]
    public string? Bio { get; set; }

    [BindProperty]
    public int? PhotoId { get; set; }

    [BindProperty]
    public string? Expertise { get; set; }

    [BindProperty]
    public string? Links { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public Person Stored { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Photos { get; private set; } = [];
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        JobTitle = Stored.JobTitle;
        Bio = Stored.Bio;
        PhotoId = Stored.PhotoId;
        Expertise = Stored.Expertise;
        Links = Stored.Links;
        Version = Stored.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await editor.SaveAsync(Id, new AuthorProfileInput(JobTitle, Bio, PhotoId, Expertise, Links, Version), Actor, cancellationToken);
        Conflict = outcome.Kind == Outcomes.OutcomeKind.Conflict;
        return await RespondAsync(outcome, () => Redirect($"/newsroom/authors/{Id}"), async () =>
        {
            await LoadAsync(cancellationToken);
            if (Conflict)
            {
                Version = Stored.Version;
                ModelState.Remove(nameof(Version));
            }
        });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (person is null)
        {
            return false;
        }
        Stored = person;
        var images = await db.MediaItems.AsNoTracking()
            .Where(m => m.TrashedAt == null || m.Id == person.PhotoId)
            .OrderByDescending(m => m.UploadedAt)
            .Select(m => new { m.Id, m.AltText, m.OriginalFileName })
            .Take(500)
            .ToListAsync(cancellationToken);
        Photos = images.Select(m => new SelectListItem(
            string.IsNullOrEmpty(m.AltText) ? m.OriginalFileName : $"{m.AltText} ({m.OriginalFileName})",
            m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return true;
    }
}
