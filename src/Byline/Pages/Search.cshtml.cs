using Byline.Caching;
using Byline.Search;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Byline.Pages;

[OutputCache(PolicyName = CachePolicies.Search)]
public sealed class SearchModel(IArticleSearch search) : ReaderPageModel
{
    public string Query { get; private set; } = "";
    public StoryPage? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "q")] string? q, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (!PageNumber.TryParse(page, out var number, out var error))
        {
            return ReaderError(StatusCodes.Status400BadRequest, error);
        }
        Query = (q ?? "").Trim();
        if (Query.Length > SearchTerms.MaxQueryLength)
        {
            return ReaderError(StatusCodes.Status400BadRequest,
                $"That search is too long: please use at most {SearchTerms.MaxQueryLength} characters.");
        }
        Meta = new PageMeta { Title = Query.Length == 0 ? "Search" : $"Search: {Query}", NoIndex = true };
        if (SearchTerms.Parse(Query).Count == 0)
        {
            return Page();
        }
        Results = await search.SearchAsync(Query, number, cancellationToken);
        // Any publish or unpublish evicts the front page; results go stale at the same moment.
        CacheTags.Apply(HttpContext, CacheTags.Front);
        return Page();
    }

    public string PagePath(int page) =>
        $"{SiteUrls.Search}?q={Uri.EscapeDataString(Query)}" + (page > 1 ? $"&page={page}" : "");
}
