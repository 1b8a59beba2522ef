namespace Byline.ContentApi;

/// <summary>
/// The answer of <c>GET /api/v1/search</c>: the query as understood, how many stories match (counted up to 1,000;
/// <see cref="More"/> is true when more do, and only those 1,000 are ranked and paged), one page of results and the
/// addresses of the pages before and after it (null at either end).
/// </summary>
public sealed record ApiSearchResults(
    string Query,
    string Sort,
    int Total,
    bool More,
    int Page,
    int PageSize,
    int Pages,
    IReadOnlyList<ApiSearchHit> Results,
    string? Previous,
    string? Next);
