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
public sealed class TagModel(BylineDb db) : ArchivePageModel<Tag>(db)
{
    public Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken) =>
        ShowAsync(slug, page,
            (wanted, cancel) => Db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == wanted, cancel),
            "There is no tag at this address.",
            tag => new ArchiveScope(
                tag.Name,
                SiteUrls.Tag(tag.Slug),
                $"Stories tagged {tag.Name}.",
                CacheTags.Tag(tag.Id),
                published => published.TaggedWith(tag.Id),
                number => $"The tag {tag.Name} has no page {number}.",
                format => SiteUrls.TagFeed(tag.Slug, format)),
            cancellationToken);
}
