using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Authors;

/// <summary>The public author profiles (editors and admins, by the folder's policy).</summary>
public sealed class IndexModel(BylineDb db) : NewsroomPageModel
{
    public IReadOnlyList<Person> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        People = await db.People.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
}
