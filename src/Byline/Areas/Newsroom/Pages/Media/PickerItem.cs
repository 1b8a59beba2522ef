using Byline.Media;

namespace Byline.Areas.Newsroom.Pages.Media;

/// <summary>
/// One library image as the story editor's media picker reads it (JSON): the words that go with it, its size (so the
/// editor reserves its space), a small variant to show and the address a body figure uses in Markdown.
/// </summary>
public sealed record PickerItem(int Id, string Key, string Alt, string Caption, string Credit, int Width, int Height, string Thumbnail, string MarkdownSrc)
{
    public static PickerItem From(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var widths = item.Widths;
        var smallest = widths.Count > 0 ? widths[0] : item.Width;
        return new PickerItem(item.Id, item.StorageKey, item.AltText, item.Caption, item.Credit, item.Width, item.Height,
            MediaUrls.Variant(item, smallest, "jpg"), MediaUrls.Largest(item));
    }
}
