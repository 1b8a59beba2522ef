using Byline.Web;

namespace Byline.Search;

/// <summary>
/// One page of results and how many stories match in all, counted up to <see cref="MaxResults"/>: past that,
/// <see cref="More"/> says so and only the first <see cref="MaxResults"/> can be paged through (a reader narrows such a
/// search with another word or a filter; counting and ranking every match of a common word in a large archive would
/// cost a reader seconds).
/// </summary>
public sealed record SearchResults(SearchRequest Request, int Total, IReadOnlyList<SearchHit> Hits, bool More = false)
{
    /// <summary>The most results a search counts, ranks and pages through: 50 pages.</summary>
    public const int MaxResults = 1_000;

    public PageNumber Page => Request.Page;

    public int Pages => (Total + PageNumber.PageSize - 1) / PageNumber.PageSize;

    public bool HasPrevious => Page.Value > 1 && Total > 0;

    public bool HasNext => Page.Value < Pages;

    /// <summary>Stories match, but the page asked for lies beyond the last one.</summary>
    public bool IsPastTheEnd => Total > 0 && Page.Value > Pages;
}
