using System.Globalization;
using Byline.Caching;
using Byline.Comments;
using Byline.Content;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Byline.ContentApi;

/// <summary><c>GET /api/v1/stories/{id}/comments</c>: a published story's approved comments, never a commenter's email.</summary>
internal static class CommentEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/stories/{id:int}/comments", ListAsync)
            .CacheOutput(policy => policy.Expire(CachePolicies.PageLifetime).SetVaryByQuery("limit", "after"))
            .WithName("ListStoryComments")
            .WithSummary("A published story's approved comments, in the order they came in; follow next for more.");

    private static async Task<Results<Ok<ApiCommentPage>, ValidationProblem, ProblemHttpResult>> ListAsync(
        int id, string? limit, string? after, HttpContext context, BylineDb db, SiteUrls urls, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var take = ApiArguments.Limit(limit, DefaultLimit, MaxLimit, out var limitError);
        if (limitError is not null)
        {
            errors["limit"] = [limitError];
        }
        var afterId = 0;
        if (!string.IsNullOrWhiteSpace(after) && (!int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out afterId)))
        {
            errors["after"] = ["after is not a cursor this API gave: use the next address of a page as it is."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(m => m)), title: "The comments could not be listed");
        }

        var story = await db.Articles.AsNoTracking().Published().Where(a => a.Id == id)
            .Select(a => new { a.Id, SectionSlug = a.Section.Slug, PublishedAt = a.PublishedAt!.Value, a.Slug })
            .SingleOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return ApiArguments.NoSuchStory(context, id);
        }
        // Moderation and every comment change evict the story's tag.
        CacheTags.Apply(context, CacheTags.Article(story.Id), CacheTags.Navigation);
        var rows = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == story.Id && c.Status == CommentStatus.Approved && c.Id > afterId)
            .OrderBy(c => c.Id)
            .Take(take + 1)
            .Select(c => new { c.Id, c.ParentId, c.AuthorName, c.AuthorWebsite, c.StaffUserId, c.Body, c.CreatedAt, c.EditedAt })
            .ToListAsync(cancellationToken);

        var storyPath = urls.Article(story.SectionSlug, story.PublishedAt, story.Slug);
        var comments = rows.Take(take).Select(c => new ApiComment(
            c.Id, c.ParentId, c.AuthorName, c.AuthorWebsite, c.StaffUserId is not null, CommentText.ToHtml(c.Body), c.CreatedAt, c.EditedAt,
            urls.Absolute(SiteUrls.CommentPermalink(storyPath, c.Id)))).ToList();
        var next = rows.Count > take
            ? string.Create(CultureInfo.InvariantCulture, $"{ContentApiEndpoints.Prefix}/stories/{story.Id}/comments?limit={take}&after={comments[^1].Id}")
            : null;
        return TypedResults.Ok(new ApiCommentPage(comments, next));
    }
}
