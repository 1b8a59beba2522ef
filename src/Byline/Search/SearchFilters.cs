using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Byline.Search;

/// <summary>
/// The filters' side of search for the page and the API: the choices the form offers (kept ten minutes, since counting
/// tag use reads a large table) and whether a request's section, author and tag slugs name anything.
/// </summary>
public sealed class SearchFilters(BylineDb db, SectionDirectory sections, IMemoryCache cache)
{
    public const int TagChoices = 60;

    private static readonly object CacheKey = new();
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<SearchFilterChoices> ChoicesAsync(CancellationToken cancellationToken)
    {
        var sectionChoices = (await sections.AllAsync(cancellationToken)).Select(s => new SearchChoice(s.Slug, s.Name)).ToList();
        var (authors, tags) = await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            var authors = await db.People.AsNoTracking()
                .Where(p => db.ArticleAuthors.Any(x => x.PersonId == p.Id))
                .OrderBy(p => p.Name)
                .Select(p => new SearchChoice(p.Slug, p.Name))
                .ToListAsync(cancellationToken);
            // Counted on the join table's (TagId, ArticleId) index alone: the stories' own rows are never read.
            var used = await db.Set<Dictionary<string, object>>("ArticleTags")
                .GroupBy(j => EF.Property<int>(j, "TagId"))
                .Select(g => new { TagId = g.Key, Stories = g.Count() })
                .OrderByDescending(g => g.Stories)
                .Take(TagChoices)
                .Select(g => g.TagId)
                .ToListAsync(cancellationToken);
            var tags = await db.Tags.AsNoTracking()
                .Where(t => used.Contains(t.Id))
                .OrderBy(t => t.Name)
                .Select(t => new SearchChoice(t.Slug, t.Name))
                .ToListAsync(cancellationToken);
            return (authors, tags);
        });
        return new SearchFilterChoices(sectionChoices, authors, tags);
    }

    /// <summary>A message per filter whose slug names no section, author or tag.</summary>
    public async Task<IReadOnlyDictionary<string, string>> UnknownAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.Section is { } section && !await db.Sections.AnyAsync(s => s.Slug == section, cancellationToken))
        {
            errors[SearchParameters.Section] = $"There is no section “{section}”. Choose one from the list, or search every section.";
        }
        if (request.Author is { } author && !await db.People.AnyAsync(p => p.Slug == author, cancellationToken))
        {
            errors[SearchParameters.Author] = $"There is no author “{author}”. Choose one from the list, or search every author.";
        }
        if (request.Tag is { } tag && !await db.Tags.AnyAsync(t => t.Slug == tag, cancellationToken))
        {
            errors[SearchParameters.Tag] = $"There is no tag “{tag}”. Choose one from the list, or search every tag.";
        }
        return errors;
    }
}
