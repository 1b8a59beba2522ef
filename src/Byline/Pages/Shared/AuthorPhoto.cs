using Byline.Media;

namespace Byline.Pages.Shared;

/// <summary>
/// An author's photo at the size it is shown: the smallest stored width that still fills the circle on a sharp
/// screen (twice its CSS size), so a byline avatar does not download the full picture.
/// </summary>
public static class AuthorPhoto
{
    /// <summary>The byline row's avatar, in CSS pixels (the circle of <c>.avatar</c>).</summary>
    public const int BylineSize = 44;

    /// <summary>The author page's portrait, in CSS pixels.</summary>
    public const int PageSize = 80;

    public static string Src(MediaItem photo, int cssSize)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var wanted = cssSize * 2;
        // The circle is filled by the shorter side, so a landscape photo needs a width that many times its aspect.
        var needed = photo.Height > 0 && photo.Width > photo.Height ? wanted * photo.Width / photo.Height : wanted;
        var width = photo.Widths.FirstOrDefault(w => w >= needed);
        return width > 0 ? MediaUrls.Variant(photo, width, "jpg") : MediaUrls.Largest(photo);
    }
}
