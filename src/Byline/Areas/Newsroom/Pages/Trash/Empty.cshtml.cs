using Byline.Publishing;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Trash;

/// <summary>The confirmation before an admin empties the trash, saying how much goes.</summary>
public sealed class EmptyModel(BylineDb db, TrashPurge purge) : NewsroomPageModel
{
    public int Stories { get; private set; }
    public int Images { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(bool confirm, CancellationToken cancellationToken)
    {
        // The only field is "confirm": a value the binder cannot read counts as no confirmation.
        ModelState.Clear();
        var result = await purge.EmptyAsync(confirm, Actor, cancellationToken);
        return await RespondAsync(result, () => Redirect("/newsroom/trash"), async () => await LoadAsync(cancellationToken));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!ArticleAccess.CanDeletePermanently(Actor))
        {
            return Forbid();
        }
        Stories = await db.AllArticles.CountAsync(a => a.TrashedAt != null, cancellationToken);
        Images = await db.MediaItems.CountAsync(m => m.TrashedAt != null, cancellationToken);
        return null;
    }
}
