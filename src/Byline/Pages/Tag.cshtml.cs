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
public sealed class TagModel(BylineDb db) : ReaderPageModel
{
    public Tag Tag { get; private set; } = null!;
    public StoryPage Stories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (!PageNumber.TryParse(page, out var number, out var error))
        {
            return ReaderError(StatusCodes.Status400BadRequest, error);
        }
        var found = Slugs.IsWellFormed(slug)
            ? await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken)
            : null;
        if (found is null)
        {
            return ReaderError(StatusCodes.Status404NotFound, "There is no tag at this address.");
        }
        Tag = found;
        Stories = await StoryPage.ReadAsync(
            db.Articles.AsNoTracking().Published().TaggedWith(found.Id).NewestFirst().ToSummaries(), number, cancellationToken);
        if (number.Value > 1 && Stories.Stories.Count == 0)
        {
            return ReaderError(StatusCodes.Status404NotFound, $"The tag {found.Name} has no page {number.Value}.");
        }

        CacheTags.Apply(HttpContext, CacheTags.Tag(found.Id));
        Meta = Stories.WithPaging(new PageMeta
        {
            Title = number.Value > 1 ? $"{found.Name}, page {number.Value}" : found.Name,
            Description = $"Stories tagged {found.Name}.",
        }, SiteUrls.Tag(found.Slug));
        return Page();
    }
}
