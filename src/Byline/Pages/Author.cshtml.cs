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
public sealed class AuthorModel(BylineDb db) : ReaderPageModel
{
    public Person Person { get; private set; } = null!;
    public StoryPage Stories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (!PageNumber.TryParse(page, out var number, out var error))
        {
            return ReaderError(StatusCodes.Status400BadRequest, error);
        }
        var found = Slugs.IsWellFormed(slug)
            ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken)
            : null;
        if (found is null)
        {
            return ReaderError(StatusCodes.Status404NotFound, "There is no author at this address.");
        }
        Person = found;
        Stories = await StoryPage.ReadAsync(
            db.Articles.AsNoTracking().Published().WrittenBy(found.Id).NewestFirst().ToSummaries(), number, cancellationToken);
        if (number.Value > 1 && Stories.Stories.Count == 0)
        {
            return ReaderError(StatusCodes.Status404NotFound, $"{found.Name} has no page {number.Value} of stories.");
        }

        CacheTags.Apply(HttpContext, CacheTags.Person(found.Id));
        Meta = Stories.WithPaging(new PageMeta
        {
            Title = number.Value > 1 ? $"{found.Name}, page {number.Value}" : found.Name,
            Description = string.IsNullOrEmpty(found.Bio) ? $"Stories by {found.Name}." : found.Bio,
            Feed = new FeedLink(found.Name, SiteUrls.AuthorFeed(found.Slug, FeedFormat.Rss),
                SiteUrls.AuthorFeed(found.Slug, FeedFormat.Atom), SiteUrls.AuthorFeed(found.Slug, FeedFormat.Json)),
        }, SiteUrls.Author(found.Slug));
        return Page();
    }
}
