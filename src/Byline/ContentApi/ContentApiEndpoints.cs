using System.Globalization;
using Byline.Caching;
using Byline.Content;
using Byline.Search;
using Byline.Site;
using Byline.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Byline.ContentApi;

/// <summary>
/// The public, read-only JSON API under <c>/api/v1</c>. Answers are typed records (never the stored entities), refusals
/// are RFC 7807 problem documents, and every endpoint is rate-limited per address and output-cached like its page.
/// </summary>
public static class ContentApiEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>The OpenAPI document's name, which is also the API's version.</summary>
    public const string DocumentName = "v1";

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(Prefix);
        api.MapGet("/search", SearchAsync)
            .RequireRateLimiting(SearchRateLimits.Policy)
            .CacheOutput(CachePolicies.Search)
            .WithName("Search")
            .WithSummary("Published stories matching words, as the search page finds them, 20 to a page.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        SiteEndpoints.Map(api);
        StoryEndpoints.Map(api);
        CommentEndpoints.Map(api);
        TaxonomyEndpoints.Map(api);
        app.MapOpenApi(ContentApiRegistration.DocumentPath).CacheOutput(CachePolicies.Machine);
        return app;
    }

    /// <summary><c>GET /api/v1/search?q=&amp;section=&amp;author=&amp;tag=&amp;from=&amp;to=&amp;sort=&amp;page=</c>: the search page's results as JSON.</summary>
    private static async Task<Results<Ok<ApiSearchResults>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        HttpContext context,
        IArticleSearch search,
        SearchFilters filters,
        SiteUrls urls,
        [AsParameters] SearchArguments arguments,
        CancellationToken cancellationToken)
    {
        var reading = arguments.Read();
        var request = reading.Request;
        var errors = reading.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal);
        if (request.Query.IsEmpty)
        {
            errors[SearchParameters.Query] = ["Give the words to search for in q, for example /api/v1/search?q=harbour."];
        }
        foreach (var (key, message) in await filters.UnknownAsync(request, cancellationToken))
        {
            errors.TryAdd(key, [message]);
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors,
                detail: string.Join(" ", errors.Values.SelectMany(m => m)),
                title: "The search could not be made");
        }

        var results = await search.SearchAsync(request, cancellationToken);
        if (results.IsPastTheEnd)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Past the last page",
                detail: string.Create(CultureInfo.InvariantCulture,
                    $"This search has {results.Pages} {(results.Pages == 1 ? "page" : "pages")} of results; there is no page {request.Page.Value}."),
                instance: context.Request.Path.Value);
        }
        // Any publish or unpublish evicts the front page; results go stale at the same moment.
        CacheTags.Apply(context, CacheTags.Front);
        var hits = results.Hits.Select(hit => new ApiSearchHit(
            hit.Id,
            hit.Headline,
            urls.Absolute(urls.Article(hit.SectionSlug, hit.PublishedAt, hit.Slug)),
            hit.PublishedAt,
            new ApiLink(hit.SectionName, hit.SectionSlug, urls.Absolute(SiteUrls.Section(hit.SectionSlug))),
            hit.Authors.Select(a => new ApiLink(a.Name, a.Slug, urls.Absolute(SiteUrls.Author(a.Slug)))).ToList(),
            hit.SnippetHtml) { Type = StoryKinds.NameOf(hit.Kind) }).ToList();
        var current = results.Page.Value;
        return TypedResults.Ok(new ApiSearchResults(
            request.Query.Text,
            request.Sort == SearchSort.Newest ? SearchParameters.Newest : SearchParameters.Relevance,
            results.Total,
            results.More,
            current,
            PageNumber.PageSize,
            results.Pages,
            hits,
            results.HasPrevious ? PageAddress(context, Math.Min(current - 1, results.Pages)) : null,
            results.HasNext ? PageAddress(context, current + 1) : null));
    }

    /// <summary>This request's address with another page number.</summary>
    private static string PageAddress(HttpContext context, int page)
    {
        var query = context.Request.Query
            .Where(p => SearchParameters.All.Contains(p.Key) && p.Key != SearchParameters.Page)
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value.ToString())}")
            .Append(string.Create(CultureInfo.InvariantCulture, $"{SearchParameters.Page}={page}"));
        return $"{Prefix}/search?{string.Join('&', query)}";
    }
}
