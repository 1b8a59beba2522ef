namespace Byline.Media;

/// <summary>Either the rendered image or, when the bytes are not an image Byline accepts, the reason in plain words.</summary>
public sealed record RenditionResult(RenderedImage? Image, string? Problem)
{
    public bool Succeeded => Image is not null;

    public static RenditionResult Refused(string problem) => new(null, problem);
}
