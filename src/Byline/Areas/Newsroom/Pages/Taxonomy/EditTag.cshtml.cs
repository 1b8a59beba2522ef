using Byline.Content;
using Byline.Storage;
using Byline.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Taxonomy;

/// <summary>Renames a tag (name and slug) or merges it into another.</summary>
public sealed class EditTagModel(TagCatalog catalog, BylineDb db) : NewsroomPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Slug { get; set; }

    /// <summary>The tag to merge into: its slug or exact name.</summary>
    [BindProperty]
    public string? Into { get; set; }

    /// <summary>The tag as saved (the form may hold unsaved changes).</summary>
    public Tag Saved { get; private set; } = null!;
    public int Published { get; private set; }
    public int Stories { get; private set; }
    public IReadOnlyList<string> Recent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Name = Saved.Name;
        Slug = Saved.Slug;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var result = await catalog.RenameAsync(id, new TagInput(Name, Slug), Actor, cancellationToken);
        return await RespondAsync(result, () => Redirect("/newsroom/taxonomy#tags"));
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Name = Saved.Name;
        Slug = Saved.Slug;
        var result = await catalog.MergeAsync(id, Into, Actor, cancellationToken);
        return await RespondAsync(result, () => Redirect("/newsroom/taxonomy#tags"));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
        {
            return false;
        }
        Saved = tag;
        var tagged = db.Articles.AsNoTracking().Where(a => a.Tags.Any(t => t.Id == id));
        Published = await tagged.CountAsync(a => a.Status == ArticleStatus.Published, cancellationToken);
        Stories = await tagged.CountAsync(cancellationToken);
        Recent = await tagged.OrderByDescending(a => a.Id).Take(5).Select(a => a.Headline).ToListAsync(cancellationToken);
        return true;
    }
}
