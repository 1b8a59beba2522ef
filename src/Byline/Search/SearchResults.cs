using Byline.Web;

namespace Byline.Search;

/// <summary>One page of results and how many stories match in all.</summary>
public sealed record SearchResults(SearchRequest Request, int Total, IReadOnlyList<SearchHit> Hits)
{
    public PageNumber Page => Request.Page;

    public int Pages => (Total + PageNumber.PageSize - 1) / PageNumber.PageSize;

    public bool HasPrevious => Page.Value > 1 && Total > 0;

    public bool HasNext => Page.Value < Pages;

    /// <summary>Stories match, but the page asked for lies beyond the last one.</summary>
    public bool IsPastTheEnd => Total > 0 && Page.Value > Pages;
}
