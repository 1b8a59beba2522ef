using Byline.Caching;
using Byline.Content;
using Byline.Feeds;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Byline.ContentApi;

/// <summary><c>GET /api/v1/stories</c> (published stories, newest first, filtered, a cursor per page) and <c>GET /api/v1/stories/{id}</c>.</summary>
internal static class StoryEndpoints
{
    private static readonly string[] ListParameters =
        ["section", "tag", "author", "type", "since", "until", "updatedSince", "limit", "after"];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/stories", ListAsync)
            .CacheOutput(policy => policy.Expire(CachePolicies.PageLifetime).SetVaryByQuery(ListParameters))
            .WithName("ListStories")
            .WithSummary("Published stories, newest first, filtered by section, tag, author, type and time; follow next for the following page.");
        api.MapGet("/stories/{id:int}", OneAsync)
            .CacheOutput(policy => policy.Expire(CachePolicies.PageLifetime))
            .WithName("GetStory")
            .WithSummary("One published story with its body (HTML and Markdown), picture, tags and corrections.");
    }

    private static async Task<Results<Ok<ApiStoryPage>, ValidationProblem>> ListAsync(
        HttpContext context, BylineDb db, SiteUrls urls, [AsParameters] StoryListArguments arguments, CancellationToken cancellationToken)
    {
        var (query, argumentErrors) = arguments.Read();
        var errors = new Dictionary<string, string[]>(argumentErrors, StringComparer.Ordinal);
        if (query.Section is { } section && !await db.Sections.AnyAsync(s => s.Slug == section, cancellationToken))
        {
            errors["section"] = [$"There is no section “{section}”; /api/v1/sections lists them."];
        }
        if (query.Tag is { } tag && !await db.Tags.AnyAsync(t => t.Slug == tag, cancellationToken))
        {
            errors["tag"] = [$"There is no tag “{tag}”."];
        }
        if (query.Author is { } author && !await db.People.AnyAsync(p => p.Slug == author, cancellationToken))
        {
            errors["author"] = [$"There is no author “{author}”."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(m => m)), title: "The stories could not be listed");
        }

        // A publish, an unpublish or an edit evicts the front page, and a section, tag or author rename every page
        // (the navigation tag): the list goes stale at the same moments.
        CacheTags.Apply(context, CacheTags.Front, CacheTags.Navigation);
        var rows = await Filtered(db.Articles.AsNoTracking().Published(), query)
            .NewestFirst()
            .Take(query.Limit + 1)
            .Select(a => new
            {
                a.Id,
                a.Headline,
                a.Standfirst,
                a.Slug,
                a.Kind,
                PublishedAt = a.PublishedAt!.Value,
                a.UpdatedAt,
                SectionName = a.Section.Name,
                SectionSlug = a.Section.Slug,
                Authors = a.Authors.OrderBy(x => x.Position).Select(x => new { x.Person.Name, x.Person.Slug }).ToList(),
                a.ReadingMinutes,
                a.FeaturedImage,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var stories = rows.Take(query.Limit).Select(a => new ApiStorySummary(
            a.Id,
            Typography.Smart(a.Headline)!,
            Typography.Smart(a.Standfirst)!,
            StoryKinds.NameOf(a.Kind),
            urls.Absolute(urls.Article(a.SectionSlug, a.PublishedAt, a.Slug)),
            a.PublishedAt,
            a.UpdatedAt,
            SectionLink(urls, a.SectionName, a.SectionSlug),
            a.Authors.Select(p => AuthorLink(urls, p.Name, p.Slug)).ToList(),
            a.ReadingMinutes,
            ApiPictures.Of(urls, a.FeaturedImage))).ToList();
        var next = rows.Count > query.Limit ? NextAddress(context, new StoryCursor(stories[^1].PublishedAt, stories[^1].Id)) : null;
        return TypedResults.Ok(new ApiStoryPage(stories, next));
    }

    private static IQueryable<Article> Filtered(IQueryable<Article> stories, StoryListQuery query)
    {
        if (query.Section is { } section)
        {
            stories = stories.Where(a => a.Section.Slug == section);
        }
        if (query.Tag is { } tag)
        {
            stories = stories.Where(a => a.Tags.Any(t => t.Slug == tag));
        }
        if (query.Author is { } author)
        {
            stories = stories.Where(a => a.Authors.Any(x => x.Person.Slug == author));
        }
        if (query.Kind is { } kind)
        {
            stories = stories.Where(a => a.Kind == kind);
        }
        if (query.Since is { } since)
        {
            stories = stories.Where(a => a.PublishedAt >= since);
        }
        if (query.Until is { } until)
        {
            stories = stories.Where(a => a.PublishedAt < until);
        }
        if (query.UpdatedSince is { } updatedSince)
        {
            stories = stories.Where(a => a.PublishedAt >= updatedSince || a.UpdatedAt >= updatedSince);
        }
        if (query.After is { } after)
        {
            stories = stories.Where(a => a.PublishedAt < after.PublishedAt || (a.PublishedAt == after.PublishedAt && a.Id < after.Id));
        }
        return stories;
    }

    private static async Task<Results<Ok<ApiStory>, ProblemHttpResult>> OneAsync(
        int id, HttpContext context, BylineDb db, SiteUrls urls, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Published().Where(a => a.Id == id).WithStoryPageParts().SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return ApiArguments.NoSuchStory(context, id);
        }
        CacheTags.Apply(context, CacheTags.Article(article.Id), CacheTags.Navigation);
        var publishedAt = article.PublishedAt!.Value;
        return TypedResults.Ok(new ApiStory(
            article.Id,
            Typography.Smart(article.Headline)!,
            Typography.Smart(article.Standfirst)!,
            article.Slug,
            StoryKinds.NameOf(article.Kind),
            urls.Absolute(urls.Article(article.Section.Slug, publishedAt, article.Slug)),
            publishedAt,
            article.UpdatedAt,
            SectionLink(urls, article.Section.Name, article.Section.Slug),
            article.Authors.Select(a => AuthorLink(urls, a.Person.Name, a.Person.Slug)).ToList(),
            article.Tags.Select(t => new ApiLink(t.Name, t.Slug, urls.Absolute(SiteUrls.Tag(t.Slug)))).ToList(),
            article.WordCount,
            article.ReadingMinutes,
            // The feeds' form of the body: plain <img> at absolute addresses, embeds as links, so it shows anywhere.
            FeedBody.For(article.BodyHtml, urls.Absolute),
            article.BodyMarkdown,
            ApiPictures.Of(urls, article.FeaturedImage),
            article.Corrections.Select(c => new ApiCorrection(c.Text, c.CreatedAt)).ToList()));
    }

    private static ApiLink SectionLink(SiteUrls urls, string name, string slug) => new(name, slug, urls.Absolute(SiteUrls.Section(slug)));

    private static ApiLink AuthorLink(SiteUrls urls, string name, string slug) => new(name, slug, urls.Absolute(SiteUrls.Author(slug)));

    /// <summary>This request's address with the cursor of the page after it.</summary>
    private static string NextAddress(HttpContext context, StoryCursor cursor)
    {
        var query = context.Request.Query
            .Where(p => ListParameters.Contains(p.Key) && p.Key != "after")
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value.ToString())}")
            .Append("after=" + cursor.Encode());
        return $"{ContentApiEndpoints.Prefix}/stories?{string.Join('&', query)}";
    }
}
