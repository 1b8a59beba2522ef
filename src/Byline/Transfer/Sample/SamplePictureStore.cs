using Byline.Media;

namespace Byline.Transfer.Sample;

/// <summary>
/// The media store, with one addition: a variant of a sample picture that is not stored yet is made from the embedded
/// original when first read (or, for WebP, taken from the ones shipped with it), stored, and served from then on. Every test host seeds the sample site, and most never
/// show a picture: making 18 pictures' 144 variants at each start would cost seconds; making one when a page asks
/// for it costs a fraction of one, once per data folder.
/// </summary>
public sealed class SamplePictureStore(FileSystemMediaStore inner, ImageRenditions renditions, ILogger<SamplePictureStore> logger) : IMediaStore
{
    public Task SaveAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        inner.SaveAsync(name, content, cancellationToken);

    public Task DeleteAsync(string name, CancellationToken cancellationToken) => inner.DeleteAsync(name, cancellationToken);

    public async Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        if (await inner.OpenReadAsync(name, cancellationToken) is { } stored)
        {
            return stored;
        }
        if (!MediaFileNames.TryParse(name, out var key, out var width, out var extension) || SamplePictures.OriginalOf(key) is not { } original)
        {
            return null;
        }
        // Only the widths an upload of the original would have made.
        if (ImageRenditions.SizeOf(original) is not { } size || !ImageRenditions.WidthsFor(size.Width).Contains(width))
        {
            return null;
        }
        var bytes = (extension == MediaFileNames.WebP ? SamplePictures.PrerenderedWebpOf(key, width) : null)
            ?? await renditions.RenderVariantAsync(original, width, extension, cancellationToken);
        try
        {
            await inner.SaveAsync(name, bytes, cancellationToken);
            logger.LogDebug("Made the sample picture variant {MediaFile}", name);
        }
        catch (IOException)
        {
            // Another request (or node) stored the same variant first: its bytes are the same.
        }
        return await inner.OpenReadAsync(name, cancellationToken) ?? new MemoryStream(bytes, writable: false);
    }
}
