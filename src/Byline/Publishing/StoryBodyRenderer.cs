using Byline.Content;
using Byline.Media;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// The one way a story's Markdown becomes its stored HTML: looks up the media library images the body shows (saved, or
/// added in this unit of work and not yet saved, as an import does) and hands them to <see cref="ArticleRenderer"/>, so
/// the editor, the preview, the seeder and every importer render figures the same way.
/// </summary>
public sealed class StoryBodyRenderer(BylineDb db, ArticleRenderer renderer, SiteIdentity identity, IHttpContextAccessor http)
{
    public async Task<RenderedBody> RenderAsync(string markdown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return renderer.Render(markdown, await ImagesAsync(markdown, cancellationToken));
    }

    private async Task<BodyImages> ImagesAsync(string markdown, CancellationToken cancellationToken)
    {
        var keys = BodyMediaKeys.In(markdown);
        if (keys.Count == 0)
        {
            return BodyImages.None;
        }
        var items = await db.MediaItems.AsNoTracking().Where(m => keys.Contains(m.StorageKey)).ToListAsync(cancellationToken);
        var missing = keys.Except(items.Select(m => m.StorageKey), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            // An importer adds a story's images and the story in one batch: they are known here before they are saved.
            items.AddRange(db.MediaItems.Local.Where(m => missing.Contains(m.StorageKey, StringComparer.Ordinal)));
        }
        var byKey = items
            .Where(m => m.Widths.Count > 0)
            .DistinctBy(m => m.StorageKey)
            .ToDictionary(m => m.StorageKey, Of, StringComparer.Ordinal);
        return new BodyImages(byKey, SiteOrigins());
    }

    private static BodyImage Of(MediaItem item) =>
        new(MediaUrls.Largest(item), MediaUrls.SrcSet(item, "jpg"), MediaUrls.SrcSet(item, "webp"), item.Width, item.Height, item.Credit);

    /// <summary>The origins an absolute image address may name and still be this site's: the configured one, and the request's.</summary>
    private List<string> SiteOrigins()
    {
        var origins = new List<string>();
        if (identity.Current.PublicUrl is { } configured && Uri.TryCreate(configured, UriKind.Absolute, out var publicUrl))
        {
            origins.Add(publicUrl.GetLeftPart(UriPartial.Authority));
        }
        if (http.HttpContext?.Request is { } request)
        {
            origins.Add($"{request.Scheme}://{request.Host}");
        }
        return origins;
    }
}
