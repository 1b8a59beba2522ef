using Byline.Publishing;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Trash;

/// <summary>The confirmation before an admin deletes a story in the trash for good, naming it and what goes with it.</summary>
public sealed class DeleteStoryModel(BylineDb db, StoryDeletion deletion) : NewsroomPageModel
{
    public string Headline { get; private set; } = "";
    public int Comments { get; private set; }
    public int Revisions { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, bool confirm, CancellationToken cancellationToken)
    {
        // The only field is "confirm": a value the binder cannot read counts as no confirmation.
        ModelState.Clear();
        var result = await deletion.DeleteAsync(id, confirm, Actor, cancellationToken);
        return await RespondAsync(result, () => Redirect("/newsroom/trash"), async () => await LoadAsync(id, cancellationToken));
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!ArticleAccess.CanDeletePermanently(Actor))
        {
            return Forbid();
        }
        var headline = await db.AllArticles.AsNoTracking()
            .Where(a => a.Id == id && a.TrashedAt != null).Select(a => a.Headline).SingleOrDefaultAsync(cancellationToken);
        if (headline is null)
        {
            return NotFound();
        }
        Headline = headline;
        Comments = await db.Comments.CountAsync(c => c.ArticleId == id, cancellationToken);
        Revisions = await db.Revisions.CountAsync(r => r.ArticleId == id, cancellationToken);
        return null;
    }
}
