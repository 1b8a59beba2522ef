using Byline.Caching;
using Byline.Content;
using Byline.Storage;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Pages.Shared;

/// <summary>
/// The base of the story archive pages (an author's, a tag's, a section's): the page number from <c>?page=</c>, the
/// subject found by its slug, one page of its published stories newest first, a 404 past the last page, the cache tag,
/// and the head's title, description, feed and paging links.
/// </summary>
public abstract class ArchivePageModel<TSubject>(BylineDb db) : ReaderPageModel where TSubject : class
{
    public TSubject Subject { get; private set; } = null!;
    public StoryPage Stories { get; private set; } = null!;
    public PagerView Pager { get; private set; } = null!;

    protected BylineDb Db { get; } = db;

    /// <param name="find">The subject with a (well-formed) slug, or null.</param>
    /// <param name="noSuchSubject">What the reader is told when no subject has <paramref name="slug"/>.</param>
    protected async Task<IActionResult> ShowAsync(
        string slug,
        string? page,
        Func<string, CancellationToken, Task<TSubject?>> find,
        string noSuchSubject,
        Func<TSubject, ArchiveScope> scopeOf,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(find);
        ArgumentNullException.ThrowIfNull(scopeOf);
        if (!PageNumber.TryParse(page, out var number, out var error))
        {
            return ReaderError(StatusCodes.Status400BadRequest, error);
        }
        var found = Slugs.IsWellFormed(slug) ? await find(slug, cancellationToken) : null;
        if (found is null)
        {
            return ReaderError(StatusCodes.Status404NotFound, noSuchSubject);
        }
        Subject = found;
        var scope = scopeOf(found);
        Stories = await StoryPage.ReadAsync(
            scope.Stories(Db.Articles.AsNoTracking().Published()).NewestFirst().ToSummaries(), number, cancellationToken);
        if (number.Value > 1 && Stories.Stories.Count == 0)
        {
            return ReaderError(StatusCodes.Status404NotFound, scope.NoSuchPage(number.Value));
        }

        CacheTags.Apply(HttpContext, scope.CacheTag);
        Pager = new PagerView(Stories, scope.Path);
        Meta = Stories.WithPaging(new PageMeta
        {
            Title = number.Value > 1 ? $"{scope.Name}, page {number.Value}" : scope.Name,
            Description = scope.Description,
            Feed = scope.FeedPath is { } feed
                ? new FeedLink(scope.Name, feed(FeedFormat.Rss), feed(FeedFormat.Atom), feed(FeedFormat.Json))
                : null,
            JsonLd = JsonLdOf(found, scope),
        }, scope.Path);
        return Page();
    }

    /// <summary>The page's schema.org JSON-LD: a CollectionPage of the site; an author's page is a ProfilePage.</summary>
    protected virtual Func<JsonLdContext, string> JsonLdOf(TSubject subject, ArchiveScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return context => CollectionPageJsonLd.Build(context, scope.Name, scope.Description, scope.Path);
    }
}
