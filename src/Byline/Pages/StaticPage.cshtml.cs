using Byline.Caching;
using Byline.Content;
using Byline.Pages.Shared;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Byline.Pages;

/// <summary>
/// A static page written in the newsroom (About, Contact, the policies), at <c>/{slug}</c>. The router sends a path
/// here only when a static page has that slug (<see cref="StaticPageRouting"/>); an unpublished one answers 404.
/// </summary>
[OutputCache(PolicyName = CachePolicies.ReaderPage)]
[StaticPageAddress]
public sealed class StaticPageModel(BylineDb db) : ReaderPageModel
{
    public StaticPage Subject { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await db.StaticPages.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (page is null)
        {
            return ReaderError(StatusCodes.Status404NotFound, "There is no page at this address.");
        }
        // Tagged before the published check, so that publishing the page evicts its cached 404 too.
        CacheTags.Apply(HttpContext, CacheTags.StaticPage(page.Id));
        if (!page.Published)
        {
            return ReaderError(StatusCodes.Status404NotFound, "There is no page at this address.");
        }
        Subject = page;
        Meta = new PageMeta
        {
            Title = page.Title,
            Description = string.IsNullOrEmpty(page.Description) ? null : page.Description,
            CanonicalPath = SiteUrls.StaticPage(page.Slug),
        };
        return Page();
    }
}
