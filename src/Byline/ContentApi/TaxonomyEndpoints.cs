using System.Globalization;
using Byline.Caching;
using Byline.Content;
using Byline.Site;
using Byline.Storage;
using Byline.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Byline.ContentApi;

/// <summary><c>GET /api/v1/tags</c> and <c>GET /api/v1/people</c>: the tags and the authors that published stories carry.</summary>
internal static class TaxonomyEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tags", TagsAsync)
            .CacheOutput(policy => policy.Expire(CachePolicies.PageLifetime).SetVaryByQuery("limit", "after"))
            .WithName("ListTags")
            .WithSummary("The tags on published stories, in slug order, with how many stories carry each; follow next for more.");
        api.MapGet("/people", PeopleAsync)
            .CacheOutput(policy => policy.Expire(CachePolicies.PageLifetime))
            .WithName("ListPeople")
            .WithSummary("The authors of published stories, by name, as their author pages show them.");
    }

    private static async Task<Results<Ok<ApiTagPage>, ValidationProblem>> TagsAsync(
        string? limit, string? after, HttpContext context, BylineDb db, SiteUrls urls, CancellationToken cancellationToken)
    {
        var take = ApiArguments.Limit(limit, DefaultLimit, MaxLimit, out var limitError);
        if (limitError is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [limitError] }, detail: limitError, title: "The tags could not be listed");
        }
        // A publish or unpublish changes the counts and evicts the front page; a tag rename evicts every page.
        CacheTags.Apply(context, CacheTags.Front, CacheTags.Navigation);
        var tags = db.Tags.AsNoTracking();
        if (!string.IsNullOrEmpty(after))
        {
            // Translated to SQL's own comparison, the same collation as the ORDER BY below, so pages meet exactly.
#pragma warning disable CA1309
            tags = tags.Where(t => string.Compare(t.Slug, after) > 0);
#pragma warning restore CA1309
        }
        var rows = await tags
            .Select(t => new { t.Id, t.Name, t.Slug, Stories = t.Articles.Count(a => a.Status == ArticleStatus.Published && a.TrashedAt == null) })
            .Where(t => t.Stories > 0)
            .OrderBy(t => t.Slug)
            .Take(take + 1)
            .ToListAsync(cancellationToken);
        var page = rows.Take(take).Select(t => new ApiTag(
            t.Id, t.Name, t.Slug, urls.Absolute(SiteUrls.Tag(t.Slug)), urls.Absolute(SiteUrls.TagFeed(t.Slug, FeedFormat.Rss)), t.Stories)).ToList();
        var next = rows.Count > take
            ? string.Create(CultureInfo.InvariantCulture, $"{ContentApiEndpoints.Prefix}/tags?limit={take}&after={Uri.EscapeDataString(page[^1].Slug)}")
            : null;
        return TypedResults.Ok(new ApiTagPage(page, next));
    }

    private static async Task<IReadOnlyList<ApiPerson>> PeopleAsync(HttpContext context, BylineDb db, SiteUrls urls, CancellationToken cancellationToken)
    {
        CacheTags.Apply(context, CacheTags.Front, CacheTags.Navigation);
        var people = await db.People.AsNoTracking()
            .Where(p => db.ArticleAuthors.Any(x => x.PersonId == p.Id && x.Article.Status == ArticleStatus.Published && x.Article.TrashedAt == null))
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Include(p => p.Photo)
            .ToListAsync(cancellationToken);
        return people.Select(p => new ApiPerson(
            p.Id, p.Name, p.Slug, p.JobTitle, p.Bio, p.Expertise, p.LinkList, ApiPictures.Of(urls, p.Photo),
            urls.Absolute(SiteUrls.Author(p.Slug)), urls.Absolute(SiteUrls.AuthorFeed(p.Slug, FeedFormat.Rss)))).ToList();
    }
}
