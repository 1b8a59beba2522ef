using System.Globalization;
using Byline.Caching;
using Byline.Content;
using Byline.Pages.Shared;
using Byline.Search;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Byline.Pages;

/// <summary>
/// /search: the reader's full-text search with filters, a choice of order and pages of 20. A request it cannot read is
/// answered 400 with the form and the reason next to the field; one that finds nothing suggests what to try instead.
/// </summary>
[OutputCache(PolicyName = CachePolicies.Search)]
[EnableRateLimiting(SearchRateLimits.Policy)]
public sealed class SearchModel(IArticleSearch search, SearchFilters filters, BylineDb db) : ReaderPageModel
{
    public SearchRequest Criteria { get; private set; } = new(SearchQuery.Parse(null));
    public SearchResults? Results { get; private set; }
    public SearchFilterChoices Choices { get; private set; } = new([], [], []);
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<ArticleSummary> Latest { get; private set; } = [];

    /// <summary>The dates as typed, shown again even when they could not be read.</summary>
    public string FromText { get; private set; } = "";
    public string ToText { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(
        SearchArguments arguments,
        CancellationToken cancellationToken)
    {
        var reading = arguments.Read();
        Criteria = reading.Request;
        FromText = Shorten(arguments.From);
        ToText = Shorten(arguments.To);
        var errors = new Dictionary<string, string>(reading.Errors, StringComparer.Ordinal);
        foreach (var (key, message) in await filters.UnknownAsync(Criteria, cancellationToken))
        {
            errors.TryAdd(key, message);
        }
        Errors = errors;
        Choices = await filters.ChoicesAsync(cancellationToken);
        Meta = new PageMeta { Title = Criteria.Query.IsEmpty ? "Search" : $"Search: {Shorten(Criteria.Query.Text)}", NoIndex = true };
        // Any publish or unpublish evicts the front page; results go stale at the same moment.
        CacheTags.Apply(HttpContext, CacheTags.Front);

        if (errors.Count > 0)
        {
            var refused = Page();
            refused.StatusCode = StatusCodes.Status400BadRequest;
            return refused;
        }
        if (Criteria.Query.IsEmpty)
        {
            return Page();
        }
        Results = await search.SearchAsync(Criteria, cancellationToken);
        if (Results.Total == 0)
        {
            Latest = await db.Articles.AsNoTracking().Published().NewestFirst().Take(5).ToSummaries().ToListAsync(cancellationToken);
        }
        return Page();
    }

    public string? Error(string key) => Errors.TryGetValue(key, out var message) ? message : null;

    /// <summary>This search with some parameters changed (a null value removes one); any change but the page starts again at page 1.</summary>
    public string Link(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [SearchParameters.Query] = Criteria.Query.Text,
            [SearchParameters.Section] = Criteria.Section,
            [SearchParameters.Author] = Criteria.Author,
            [SearchParameters.Tag] = Criteria.Tag,
            [SearchParameters.From] = Criteria.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [SearchParameters.To] = Criteria.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [SearchParameters.Sort] = Criteria.Sort == SearchSort.Newest ? SearchParameters.Newest : null,
            [SearchParameters.Page] = null,
        };
        if (changes.All(c => c.Key == SearchParameters.Page))
        {
            values[SearchParameters.Page] = Criteria.Page.Value > 1 ? Criteria.Page.Value.ToString(CultureInfo.InvariantCulture) : null;
        }
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }
        var query = string.Join('&', SearchParameters.All
            .Where(key => !string.IsNullOrEmpty(values[key]) && !(key == SearchParameters.Page && values[key] == "1"))
            .Select(key => $"{key}={Uri.EscapeDataString(values[key]!)}"));
        return query.Length == 0 ? SiteUrls.Search : $"{SiteUrls.Search}?{query}";
    }

    public string PageLink(int page) => Link((SearchParameters.Page, page.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The name of a filter's chosen value, as the form lists it (or its slug).</summary>
    public static string NameOf(IReadOnlyList<SearchChoice> choices, string slug) =>
        choices.FirstOrDefault(c => c.Slug == slug)?.Name ?? slug;

    /// <summary>"1 story matches", "234 stories match", "More than 1,000 stories match".</summary>
    public static string Count(int total, bool more = false) => more
        ? string.Create(CultureInfo.InvariantCulture, $"More than {total:N0} stories match")
        : total == 1
            ? "1 story matches"
            : string.Create(CultureInfo.InvariantCulture, $"{total:N0} stories match");

    private static string Shorten(string? text) =>
        (text ?? "").Trim() is var trimmed && trimmed.Length > 80 ? trimmed[..80] + "…" : (text ?? "").Trim();
}
