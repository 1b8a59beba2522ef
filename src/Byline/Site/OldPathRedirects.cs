using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Site;

/// <summary>
/// Turns a 404 into a 301 when the path is an old address of a story (an earlier slug, section or date, or an
/// imported permalink) or of a renamed section or tag. It sits inside the status-code pages, so it sees the bare 404 before any error page is drawn.
/// </summary>
public static class OldPathRedirects
{
    public static IApplicationBuilder UseOldPathRedirects(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // WordPress's own short links (/?p=123, /?page_id=45) land on the front page, which never answers 404.
            if (ShortLink(context.Request) is { } shortLink && await StoryPathAsync(context, shortLink) is { } target)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = target;
                return;
            }
            await next(context);
            if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
                || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            {
                return;
            }
            var path = Normalize(context.Request.Path.Value);
            if (path is null)
            {
                return;
            }

            var db = context.RequestServices.GetRequiredService<BylineDb>();
            var moved = await db.PathRedirects.AsNoTracking().Where(r => r.Path == path).Select(r => r.Target).FirstOrDefaultAsync(context.RequestAborted);
            if (moved is not null)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = moved + context.Request.QueryString;
                return;
            }
            if (await StoryPathAsync(context, path) is { } storyPath)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = storyPath;
            }
        });

    /// <summary>The current address of the published story that once lived at <paramref name="oldPath"/>, or null.</summary>
    private static async Task<string?> StoryPathAsync(HttpContext context, string oldPath)
    {
        var db = context.RequestServices.GetRequiredService<BylineDb>();
        var story = await db.ArticleRedirects.AsNoTracking()
            .Where(r => r.Path == oldPath && r.Article.Status == ArticleStatus.Published && r.Article.TrashedAt == null)
            .Select(r => new { r.Article.Section.Slug, Story = r.Article.Slug, r.Article.PublishedAt })
            .FirstOrDefaultAsync(context.RequestAborted);
        return story?.PublishedAt is { } publishedAt
            ? context.RequestServices.GetRequiredService<SiteUrls>().Article(story.Slug, publishedAt, story.Story)
            : null;
    }

    /// <summary>"/?p=123" or "/?page_id=45" (the form imported short links are stored in) for such a request to the front page.</summary>
    public static string? ShortLink(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Path.Value is not ("/" or "") || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return null;
        }
        foreach (var name in (string[])["p", "page_id"])
        {
            if (request.Query.TryGetValue(name, out var value) && value.Count == 1 && value[0] is { Length: > 0 and <= 10 } id && id.All(char.IsAsciiDigit))
            {
                return $"/?{name}={id}";
            }
        }
        return null;
    }

    /// <summary>The form old paths are stored in: no trailing slash, at most <see cref="ArticleRedirect.PathMaxLength"/> characters.</summary>
    public static string? Normalize(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "/")
        {
            return null;
        }
        var trimmed = path.TrimEnd('/');
        return trimmed.Length is 0 or > ArticleRedirect.PathMaxLength ? null : trimmed;
    }
}
