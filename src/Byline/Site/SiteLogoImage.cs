namespace Byline.Site;

/// <summary>The masthead logo as an <c>&lt;img&gt;</c> needs it: WebP and JPEG sources, and the size it is shown at (so it reserves its space).</summary>
public sealed record SiteLogoImage(string Src, string WebpSrcSet, string JpegSrcSet, string Sizes, int Width, int Height)
{
    /// <summary>The widest JPEG variant and its size: the logo as the publisher in JSON-LD, which wants it large.</summary>
    public string LargestSrc { get; init; } = Src;
    public int LargestWidth { get; init; } = Width;
    public int LargestHeight { get; init; } = Height;
}
