using Byline.Content;
using Byline.Storage;
using Byline.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Taxonomy;

public sealed class EditSectionModel(SectionCatalog catalog, BylineDb db) : SectionFormModel
{
    /// <summary>The section as saved (the form may hold unsaved changes).</summary>
    public Section Saved { get; private set; } = null!;
    public int Published { get; private set; }
    public int Stories { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Name = Saved.Name;
        Slug = Saved.Slug;
        Description = Saved.Description;
        Position = await PlaceOfAsync(Saved, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Refused(await catalog.CheckAsync(id, Input, cancellationToken));
        }
        return await RespondAsync(await catalog.UpdateAsync(id, Input, Actor, cancellationToken), () => Redirect("/newsroom/taxonomy#sections"));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        return await RespondAsync(await catalog.DeleteAsync(id, Actor, cancellationToken), () => Redirect("/newsroom/taxonomy#sections"), async () =>
        {
            Name = Saved.Name;
            Slug = Saved.Slug;
            Description = Saved.Description;
            Position = await PlaceOfAsync(Saved, cancellationToken);
        });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var section = await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return false;
        }
        Saved = section;
        Places = await db.Sections.CountAsync(cancellationToken);
        Published = await db.Articles.CountAsync(a => a.SectionId == id && a.Status == ArticleStatus.Published, cancellationToken);
        Stories = await db.Articles.CountAsync(a => a.SectionId == id, cancellationToken);
        return true;
    }

    /// <summary>The section's place in the navigation, counted from 1, as the list shows it.</summary>
    private async Task<int> PlaceOfAsync(Section section, CancellationToken cancellationToken)
    {
        var order = await db.Sections.OrderBy(s => s.Position).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => s.Id).ToListAsync(cancellationToken);
        return order.IndexOf(section.Id) + 1;
    }
}
