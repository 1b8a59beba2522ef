using Byline.Web;

namespace Byline.Search;

/// <summary>
/// One search: the parsed query, the optional filters (section, author and tag by slug; a range of publication dates,
/// both ends included, as days of the site's time zone), the order and the page.
/// </summary>
public sealed record SearchRequest(SearchQuery Query)
{
    public string? Section { get; init; }
    public string? Author { get; init; }
    public string? Tag { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SearchSort Sort { get; init; }
    public PageNumber Page { get; init; } = new(1);

    public bool HasFilters => Section is not null || Author is not null || Tag is not null || From is not null || To is not null;
}
