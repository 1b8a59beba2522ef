namespace Byline.Site;

/// <summary>The masthead logo as an <c>&lt;img&gt;</c> needs it: WebP and JPEG sources, and the size it is shown at (so it reserves its space).</summary>
public sealed record SiteLogoImage(string Src, string WebpSrcSet, string JpegSrcSet, string Sizes, int Width, int Height);
