using Byline.Caching;
using Byline.Content;
using Byline.Storage;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Byline.Pages.Shared;

namespace Byline.Pages;

[OutputCache(PolicyName = CachePolicies.ReaderPage)]
public sealed class SectionModel(BylineDb db) : ReaderPageModel
{
    public Section Section { get; private set; } = null!;
    public StoryPage Stories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string section, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (!PageNumber.TryParse(page, out var number, out var error))
        {
            return ReaderError(StatusCodes.Status400BadRequest, error);
        }
        var found = Slugs.IsWellFormed(section)
            ? await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == section, cancellationToken)
            : null;
        if (found is null)
        {
            return ReaderError(StatusCodes.Status404NotFound, "There is no section at this address.");
        }
        Section = found;
        Stories = await StoryPage.ReadAsync(
            db.Articles.AsNoTracking().Published().InSection(found.Id).NewestFirst().ToSummaries(), number, cancellationToken);
        if (number.Value > 1 && Stories.Stories.Count == 0)
        {
            return ReaderError(StatusCodes.Status404NotFound, $"{found.Name} has no page {number.Value}: its archive ends sooner.");
        }

        CacheTags.Apply(HttpContext, CacheTags.Section(found.Id));
        var path = SiteUrls.Section(found.Slug);
        Meta = Stories.WithPaging(new PageMeta
        {
            Title = number.Value > 1 ? $"{found.Name}, page {number.Value}" : found.Name,
            Description = string.IsNullOrEmpty(found.Description) ? $"The latest {found.Name} stories." : found.Description,
            Feed = new FeedLink(found.Name, SiteUrls.SectionFeed(found.Slug, FeedFormat.Rss),
                SiteUrls.SectionFeed(found.Slug, FeedFormat.Atom), SiteUrls.SectionFeed(found.Slug, FeedFormat.Json)),
        }, path);
        return Page();
    }
}
