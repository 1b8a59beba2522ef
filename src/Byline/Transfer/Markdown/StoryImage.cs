namespace Byline.Transfer.Markdown;

/// <summary>
/// An image file beside the story file, with the words that go with it. <see cref="Key"/> is the image's storage key in
/// the media library: the body's <c>/media/{key}-{width}.{webp|jpg}</c> addresses name it, and the import keeps it, so
/// those addresses keep working. <see cref="Width"/> and <see cref="Height"/> are the original's size, which pages use to
/// reserve the image's space (the file beside the story is the widest variant, which may be smaller).
/// </summary>
public sealed class StoryImage
{
    public string? File { get; set; }
    public string? Key { get; set; }
    public string? OriginalName { get; set; }
    public string? AltText { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
}
