using Byline.Content;
using Byline.Storage;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.EntityFrameworkCore;

namespace Byline.Site;

/// <summary>
/// Sections and static pages both live at <c>/{slug}</c>, and their slugs never clash (each editor refuses the
/// other's), so the router can ask the database whose address it is. A path the site answers at itself (a literal
/// route such as <c>/search</c>) ranks first and is never looked up; otherwise, when a static page has the slug, its
/// page wins, and when none has, the section page answers (and its 404 for an unknown slug).
/// </summary>
internal sealed class StaticPageRouting : MatcherPolicy, IEndpointSelectorPolicy
{
    private const string SlugKey = "slug";

    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(e => e.Metadata.GetMetadata<StaticPageAddressAttribute>() is not null);

    public async Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(candidates);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i) || candidates[i].Endpoint.Metadata.GetMetadata<StaticPageAddressAttribute>() is null)
            {
                continue;
            }
            var score = candidates[i].Score;
            var slug = candidates[i].Values?[SlugKey] as string;
            if (BetterCandidateExists(candidates, score) || !Slugs.IsWellFormed(slug))
            {
                candidates.SetValidity(i, false);
                continue;
            }
            // A section's address is never a page's: the sections, read once a minute for every header, answer it
            // without a query of its own.
            var sections = await httpContext.RequestServices.GetRequiredService<SectionDirectory>().AllAsync(httpContext.RequestAborted);
            if (sections.Any(s => s.Slug == slug))
            {
                candidates.SetValidity(i, false);
                continue;
            }
            var db = httpContext.RequestServices.GetRequiredService<BylineDb>();
            if (!await db.StaticPages.AsNoTracking().AnyAsync(p => p.Slug == slug, httpContext.RequestAborted))
            {
                candidates.SetValidity(i, false);
                continue;
            }
            // The section page matches the same path just as well; the page's slug is not a section's.
            for (var j = 0; j < candidates.Count; j++)
            {
                if (j != i && candidates[j].Score == score)
                {
                    candidates.SetValidity(j, false);
                }
            }
        }
    }

    private static bool BetterCandidateExists(CandidateSet candidates, int score)
    {
        for (var j = 0; j < candidates.Count; j++)
        {
            if (candidates.IsValidCandidate(j) && candidates[j].Score < score)
            {
                return true;
            }
        }
        return false;
    }
}
