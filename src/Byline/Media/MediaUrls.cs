using System.Globalization;

namespace Byline.Media;

/// <summary>
/// The public addresses of an image's variants: <c>/media/{key}-{width}.{webp|jpg}</c>. The key is unique per upload,
/// so every address names bytes that never change and is cached for a year.
/// </summary>
public static class MediaUrls
{
    public const string Prefix = "/media/";

    public static string Variant(MediaItem item, int width, string extension)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{item.StorageKey}-{width}.{extension}");
    }

    /// <summary>The widest JPEG variant: for social cards and feeds, which need one address.</summary>
    public static string Largest(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var widths = item.Widths;
        return Variant(item, widths.Count > 0 ? widths[^1] : item.Width, "jpg");
    }

    public static string SrcSet(MediaItem item, string extension)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.Join(", ", item.Widths.Select(w => string.Create(CultureInfo.InvariantCulture, $"{Variant(item, w, extension)} {w}w")));
    }
}
