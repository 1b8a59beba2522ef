namespace Byline.ContentApi;

/// <summary>
/// The answer of <c>GET /api/v1/search</c>: the query as understood, how many stories match in all, one page of results
/// and the addresses of the pages before and after it (null at either end).
/// </summary>
public sealed record ApiSearchResults(
    string Query,
    string Sort,
    int Total,
    int Page,
    int PageSize,
    int Pages,
    IReadOnlyList<ApiSearchHit> Results,
    string? Previous,
    string? Next);
