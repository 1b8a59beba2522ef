using Byline.Content;
using Byline.Publishing;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Pages;

/// <summary>Asks before deleting a static page: its address stops answering, and menu links to it go with it.</summary>
public sealed class DeleteModel(StaticPageEditor editor, BylineDb db) : NewsroomPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public StaticPage Subject { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await db.StaticPages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        Subject = page;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await RespondAsync(await editor.DeleteAsync(Id, Actor, cancellationToken), () => Redirect("/newsroom/pages"));
}
