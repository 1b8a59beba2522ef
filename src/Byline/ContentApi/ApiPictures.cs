using Byline.Media;
using Byline.Site;

namespace Byline.ContentApi;

/// <summary>A stored image as the API gives it: the largest JPEG, its words, and every width in WebP and JPEG.</summary>
internal static class ApiPictures
{
    public static ApiPicture? Of(SiteUrls urls, MediaItem? image) => image is null ? null : new ApiPicture(
        urls.Absolute(MediaUrls.Largest(image)),
        image.AltText,
        image.Caption,
        image.Credit,
        image.Width,
        image.Height,
        image.Widths.Select(w => new ApiPictureVariant(w, urls.Absolute(MediaUrls.Variant(image, w, "webp")), urls.Absolute(MediaUrls.Variant(image, w, "jpg")))).ToList());
}
