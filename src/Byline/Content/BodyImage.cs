namespace Byline.Content;

/// <summary>
/// A media library image as a story's body shows it: the addresses and size its figure needs, and the library's credit.
/// Made by the body's renderer from the library (<c>Publishing.StoryBodyRenderer</c>), so this folder needs no database.
/// </summary>
/// <param name="Src">The widest JPEG variant, for browsers without srcset.</param>
/// <param name="JpegSrcSet">Every JPEG variant with its width ("/media/k-320.jpg 320w, …").</param>
/// <param name="WebpSrcSet">Every WebP variant with its width.</param>
public sealed record BodyImage(string Src, string JpegSrcSet, string WebpSrcSet, int Width, int Height, string Credit)
{
    /// <summary>
    /// How wide an image in the story column is drawn: the column is 40rem wide inside 1.25rem of padding each side;
    /// narrower screens give it all but the padding. The featured image uses the same.
    /// </summary>
    public const string Sizes = "(min-width: 42.5rem) 40rem, calc(100vw - 2.5rem)";
}
