using System.Globalization;
using Byline.Media;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Byline.Site;

/// <summary>
/// The default sharing image chosen in the site settings: what social networks show for a page without a picture of
/// its own. Every page's head may need it, so the image row is read once a few minutes, as <see cref="SiteLogo"/> does.
/// </summary>
public sealed class SiteSharingImage(BylineDb db, IMemoryCache cache)
{
    public async Task<MediaItem?> FindAsync(int? imageId, CancellationToken cancellationToken)
    {
        if (imageId is not { } id)
        {
            return null;
        }
        try
        {
            return await cache.GetOrCreateAsync(string.Create(CultureInfo.InvariantCulture, $"Byline.SiteSharingImage.{id}"), async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
                return await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            });
        }
        catch (Exception e) when (Web.DatabaseOutage.IsOutage(e))
        {
            // Pages are shared without a picture while the database is away.
            return null;
        }
    }
}
