using Byline.Caching;
using Byline.Content;
using Byline.Pages.Shared;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Byline.Pages;

[OutputCache(PolicyName = CachePolicies.ReaderPage)]
public sealed class SectionModel(BylineDb db) : ArchivePageModel<Section>(db)
{
    public Task<IActionResult> OnGetAsync(string section, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken) =>
        ShowAsync(section, page,
            (wanted, cancel) => Db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == wanted, cancel),
            "There is no section at this address.",
            found => new ArchiveScope(
                found.Name,
                SiteUrls.Section(found.Slug),
                string.IsNullOrEmpty(found.Description) ? $"The latest {found.Name} stories." : found.Description,
                CacheTags.Section(found.Id),
                published => published.InSection(found.Id),
                number => $"{found.Name} has no page {number}: its archive ends sooner.",
                format => SiteUrls.SectionFeed(found.Slug, format)),
            cancellationToken);
}
