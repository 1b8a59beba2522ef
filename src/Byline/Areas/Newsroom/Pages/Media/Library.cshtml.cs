using Byline.Media;
using Byline.Search;
using Byline.Storage;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Media;

/// <summary>
/// The media library as JSON, for the story editor's picker (body images and the featured image): a search
/// (<c>?handler=Search&amp;q=&amp;page=</c>) and one item (<c>?handler=Item&amp;id=</c>). Every member may pick; uploads
/// go to <see cref="UploadModel"/>'s JSON handler, which holds the upload rules. Without a handler it is the library page.
/// </summary>
public sealed class LibraryModel(BylineDb db) : NewsroomPageModel
{
    public const int PageSize = 24;

    public IActionResult OnGet() => RedirectToPage("Index");

    public async Task<IActionResult> OnGetSearchAsync([FromQuery(Name = "q")] string? query, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (!PageNumber.TryParse(page, out var number, out var error))
        {
            return new JsonResult(new { error }) { StatusCode = StatusCodes.Status400BadRequest };
        }
        var rows = await LibrarySearch.Matching(db.MediaItems.AsNoTracking().Where(m => m.TrashedAt == null), SearchTerms.Parse(query))
            .Skip((number.Value - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var more = rows.Count > PageSize;
        var items = (more ? rows[..PageSize] : rows).Select(PickerItem.From).ToList();
        return new JsonResult(new { items, page = number.Value, more, canUpload = MediaLibrary.CanUpload(Actor), maxBytes = MediaLibrary.MaxUploadBytes });
    }

    public async Task<IActionResult> OnGetItemAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && m.TrashedAt == null, cancellationToken);
        return item is null
            ? new JsonResult(new { error = "There is no such image in the library." }) { StatusCode = StatusCodes.Status404NotFound }
            : new JsonResult(PickerItem.From(item));
    }
}
