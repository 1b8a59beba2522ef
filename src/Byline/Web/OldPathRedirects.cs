using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Web;

/// <summary>
/// Turns a 404 into a 301 when the path is an old address of a story (an earlier slug, section or date, or an
/// imported permalink) or of a renamed section or tag. It sits inside the status-code pages, so it sees the bare 404 before any error page is drawn.
/// </summary>
public static class OldPathRedirects
{
    public static IApplicationBuilder UseOldPathRedirects(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
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
            var story = await db.ArticleRedirects.AsNoTracking()
                .Where(r => r.Path == path && r.Article.Status == ArticleStatus.Published)
                .Select(r => new { r.Article.Section.Slug, Story = r.Article.Slug, r.Article.PublishedAt })
                .FirstOrDefaultAsync(context.RequestAborted);
            if (story?.PublishedAt is { } publishedAt)
            {
                var urls = context.RequestServices.GetRequiredService<SiteUrls>();
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = urls.Article(story.Slug, publishedAt, story.Story);
            }
        });

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
