using Byline.Content;
using Byline.Outcomes;
using Byline.Publishing;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Pages;

/// <summary>Edits a static page; a save over someone else's newer version is refused with 409 and theirs shown.</summary>
public sealed class EditModel(StaticPageEditor editor, BylineDb db) : PageFormModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>The page as stored (its address for the view link); with a conflict, the version someone else saved.</summary>
    public StaticPage Stored { get; private set; } = null!;

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await db.StaticPages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        Stored = page;
        Fill(page);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = BindingErrors() is { } errors
            ? Outcome.Invalid(errors).As<StaticPage>()
            : await editor.SaveAsync(Id, Input, Actor, cancellationToken);
        Conflict = outcome.Kind == OutcomeKind.Conflict;
        return await RespondAsync(outcome, () => Redirect($"/newsroom/pages/{Id}"), async () =>
        {
            Stored = outcome.Value ?? await db.StaticPages.AsNoTracking().FirstAsync(p => p.Id == Id, cancellationToken);
            if (Conflict)
            {
                // The form is read again at their version, so that a second save (after a look) replaces it knowingly.
                Version = Stored.Version;
                ModelState.Remove(nameof(Version));
            }
        });
    }
}
