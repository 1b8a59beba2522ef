namespace Byline.Media;

/// <summary>
/// What an upload became: the detected type of the original, its size once turned upright, and its variants, free of
/// any metadata.
/// </summary>
public sealed record RenderedImage(string ContentType, int Width, int Height, IReadOnlyList<ImageVariant> Variants)
{
    public IReadOnlyList<int> Widths => Variants.Select(v => v.Width).Distinct().Order().ToList();
}
