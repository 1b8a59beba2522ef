using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Pages;

/// <summary>The static pages (editors and admins, by the folder's policy).</summary>
public sealed class IndexModel(BylineDb db) : NewsroomPageModel
{
    public IReadOnlyList<StaticPage> All { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        All = await db.StaticPages.AsNoTracking().OrderBy(p => p.Title).ToListAsync(cancellationToken);
}
