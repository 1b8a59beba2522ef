using Byline.Media;
using Byline.Site;

namespace Byline.Pages.Shared;

/// <summary>
/// The picture a page offers to social networks and search (Open Graph, Twitter cards, JSON-LD): one absolute JPEG
/// address about <see cref="PreferredWidth"/> pixels wide, its size and its alt text.
/// </summary>
public sealed record SocialImage(string Url, int Width, int Height, string Alt)
{
    /// <summary>The width Facebook, LinkedIn and X ask for; the nearest variant at least this wide is used, else the widest.</summary>
    public const int PreferredWidth = 1200;

    public static SocialImage? From(MediaItem? item, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (item is null || item.Width <= 0 || item.Height <= 0)
        {
            return null;
        }
        var widths = item.Widths;
        var width = widths.Count == 0 ? item.Width : widths.FirstOrDefault(w => w >= PreferredWidth, widths[^1]);
        var height = (int)Math.Round(width * (double)item.Height / item.Width);
        return new SocialImage(urls.Absolute(MediaUrls.Variant(item, width, MediaFileNames.Jpeg)), width, height, item.AltText);
    }
}
