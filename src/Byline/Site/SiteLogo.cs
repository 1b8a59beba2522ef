using System.Globalization;
using Byline.Media;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Byline.Site;

/// <summary>
/// The masthead logo chosen in the site settings, sized for the masthead. Every page's header shows it, so the image
/// row is read once a few minutes, not once a page; a different logo id is a different cache entry.
/// </summary>
public sealed class SiteLogo(BylineDb db, IMemoryCache cache)
{
    /// <summary>The logo's height in the masthead, in CSS pixels; wide logos are narrowed to <see cref="MaxWidth"/>.</summary>
    public const int Height = 40;
    public const int MaxWidth = 280;

    public async Task<SiteLogoImage?> FindAsync(int? logoId, CancellationToken cancellationToken)
    {
        if (logoId is not { } id)
        {
            return null;
        }
        try
        {
            return await cache.GetOrCreateAsync(Key(id), async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
                var item = await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
                return item is null || item.Width <= 0 || item.Height <= 0 ? null : Size(item);
            });
        }
        catch (Exception e) when (Web.DatabaseOutage.IsOutage(e))
        {
            // The masthead falls back to the site's name while the database is away.
            return null;
        }
    }

    public void Forget(int logoId) => cache.Remove(Key(logoId));

    private static SiteLogoImage Size(MediaItem item)
    {
        var width = (int)Math.Round(Height * (double)item.Width / item.Height);
        var height = Height;
        if (width > MaxWidth)
        {
            width = MaxWidth;
            height = Math.Max(1, (int)Math.Round(MaxWidth * (double)item.Height / item.Width));
        }
        var widths = item.Widths;
        var smallest = widths.Count > 0 ? widths[0] : item.Width;
        var sizes = string.Create(CultureInfo.InvariantCulture, $"{width}px");
        return new SiteLogoImage(
            MediaUrls.Variant(item, smallest, "jpg"),
            widths.Count > 0 ? MediaUrls.SrcSet(item, "webp") : MediaUrls.Variant(item, smallest, "webp"),
            widths.Count > 0 ? MediaUrls.SrcSet(item, "jpg") : MediaUrls.Variant(item, smallest, "jpg"),
            sizes,
            width,
            height)
        {
            LargestSrc = MediaUrls.Largest(item),
            LargestWidth = widths.Count > 0 ? widths[^1] : item.Width,
            LargestHeight = (int)Math.Round((widths.Count > 0 ? widths[^1] : item.Width) * (double)item.Height / item.Width),
        };
    }

    private static string Key(int id) => string.Create(CultureInfo.InvariantCulture, $"Byline.SiteLogo.{id}");
}
