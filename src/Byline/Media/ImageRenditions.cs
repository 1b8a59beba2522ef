using System.Globalization;
using System.Runtime.InteropServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Byline.Media;

/// <summary>
/// Turns uploaded bytes into the responsive variants pages use: the type is read from the bytes (JPEG, PNG, WebP or GIF,
/// nothing else), the image is turned upright, every metadata profile (EXIF with its GPS position, XMP, IPTC, ICC) is
/// dropped, and each width of <see cref="Widths"/> not wider than the original is encoded as WebP and as JPEG.
/// </summary>
public sealed class ImageRenditions : IDisposable
{
    public static IReadOnlyList<int> Widths { get; } = [320, 640, 720, 960, 1280, 1920];

    /// <summary>60 million pixels (a 9,500 × 6,300 photo): more than any camera file under 20 MB, and a cap on memory use.</summary>
    public const long MaxPixels = 60_000_000;

    public const string AcceptedTypes = "JPEG, PNG, WebP or GIF";

    private const int JpegQuality = 82;
    private const int WebpQuality = 78;

    private static readonly Configuration Decoding = CreateConfiguration();
    private static readonly JpegEncoder JpegOutput = new() { Quality = JpegQuality };
    private static readonly WebpEncoder WebpOutput = new() { FileFormat = WebpFileFormatType.Lossy, Quality = WebpQuality };

    /// <summary>Decoding a large photo takes hundreds of megabytes; two at a time keep a burst of uploads from exhausting memory.</summary>
    private readonly SemaphoreSlim _gate = new(2);

    public void Dispose() => _gate.Dispose();

    /// <summary>The MIME type of an accepted image format found in <paramref name="bytes"/>, or null for anything else.</summary>
    public static string? DetectContentType(ReadOnlySpan<byte> bytes) =>
        bytes.IsEmpty ? null : Image.DetectFormat(Decoding, bytes)?.DefaultMimeType;

    public async Task<RenditionResult> RenderAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (bytes.IsEmpty)
        {
            return RenditionResult.Refused("The file is empty.");
        }
        if (DetectContentType(bytes.Span) is not { } contentType)
        {
            return RenditionResult.Refused($"This file is not a {AcceptedTypes} image, whatever its name says. Upload a photo or graphic in one of those formats.");
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Render(bytes, contentType, cancellationToken);
        }
        catch (Exception e) when (e is ImageFormatException or InvalidMemoryOperationException or NotSupportedException or ImageProcessingException)
        {
            return RenditionResult.Refused($"The file looks like a {Short(contentType)} image but could not be read: it may be damaged or cut short. Export it again and upload the new file.");
        }
        finally
        {
            _gate.Release();
        }
    }

    private static RenditionResult Render(ReadOnlyMemory<byte> bytes, string contentType, CancellationToken cancellationToken)
    {
        using var header = AsStream(bytes);
        var info = Image.Identify(Decoding, header, out _);
        if (info is null)
        {
            return RenditionResult.Refused($"This file is not a {AcceptedTypes} image.");
        }
        if ((long)info.Width * info.Height > MaxPixels)
        {
            return RenditionResult.Refused(string.Create(CultureInfo.InvariantCulture,
                $"The image is {info.Width:N0} × {info.Height:N0} pixels; the largest accepted is {MaxPixels / 1_000_000} million pixels. Make it smaller and upload it again."));
        }

        using var image = Image.Load<Rgba32>(Decoding, bytes.Span);
        cancellationToken.ThrowIfCancellationRequested();

        // Pages show one still picture: an animation keeps its first frame.
        while (image.Frames.Count > 1)
        {
            image.Frames.RemoveFrame(image.Frames.Count - 1);
        }
        image.Mutate(x => x.AutoOrient());
        Strip(image.Metadata);
        foreach (var frame in image.Frames)
        {
            Strip(frame.Metadata);
        }

        var widths = WidthsFor(image.Width).ToList();

        // The widest variant comes from the original, the others from it: far fewer pixels to read than the original each time.
        var variants = new List<ImageVariant>(widths.Count * 2);
        using var widest = image.Width == widths[^1] ? image.Clone() : image.Clone(x => x.Resize(widths[^1], 0));
        foreach (var width in widths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var resized = width == widest.Width ? widest : widest.Clone(x => x.Resize(width, 0));
            try
            {
                variants.Add(new ImageVariant(resized.Width, resized.Height, MediaFileNames.WebP, Encode(resized, WebpOutput)));

                // JPEG has no transparency: transparent parts become white, not black.
                using var flattened = resized.Clone(x => x.BackgroundColor(Color.White));
                variants.Add(new ImageVariant(resized.Width, resized.Height, MediaFileNames.Jpeg, Encode(flattened, JpegOutput)));
            }
            finally
            {
                if (!ReferenceEquals(resized, widest))
                {
                    resized.Dispose();
                }
            }
        }
        return new RenditionResult(new RenderedImage(contentType, image.Width, image.Height, variants), null);
    }

    /// <summary>The widths made for an image <paramref name="width"/> pixels wide: every standard width it reaches, or its own.</summary>
    public static IReadOnlyList<int> WidthsFor(int width)
    {
        var widths = Widths.Where(w => w <= width).ToList();
        return widths.Count > 0 ? widths : [width];
    }

    /// <summary>The size of an accepted image read from its header alone (nothing is decoded), or null.</summary>
    public static (int Width, int Height)? SizeOf(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0 || DetectContentType(bytes) is null)
        {
            return null;
        }
        var info = Image.Identify(Decoding, bytes, out _);
        return info is null ? null : (info.Width, info.Height);
    }

    /// <summary>
    /// One variant of <paramref name="bytes"/>, made as <see cref="RenderAsync"/> makes it (upright, no metadata, the same
    /// encoders): for images whose variants are made when first asked for, one at a time.
    /// </summary>
    public async Task<byte[]> RenderVariantAsync(ReadOnlyMemory<byte> bytes, int width, string extension, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var image = Image.Load<Rgba32>(Decoding, bytes.Span);
            image.Mutate(x => x.AutoOrient());
            Strip(image.Metadata);
            if (width != image.Width)
            {
                image.Mutate(x => x.Resize(width, 0));
            }
            if (extension == MediaFileNames.WebP)
            {
                return Encode(image, WebpOutput);
            }
            image.Mutate(x => x.BackgroundColor(Color.White));
            return Encode(image, JpegOutput);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    private static byte[] Encode(Image image, IImageEncoder encoder)
    {
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }

    private static void Strip(ImageMetadata metadata)
    {
        metadata.ExifProfile = null;
        metadata.XmpProfile = null;
        metadata.IptcProfile = null;
        metadata.IccProfile = null;
    }

    private static void Strip(ImageFrameMetadata metadata)
    {
        metadata.ExifProfile = null;
        metadata.XmpProfile = null;
        metadata.IptcProfile = null;
        metadata.IccProfile = null;
    }

    private static string Short(string contentType) => contentType switch
    {
        "image/jpeg" => "JPEG",
        "image/png" => "PNG",
        "image/webp" => "WebP",
        "image/gif" => "GIF",
        _ => contentType,
    };

    private static Configuration CreateConfiguration()
    {
        // Only the four formats newsrooms publish: BMP, TIFF, TGA and PBM are refused even though ImageSharp reads them.
        var configuration = new Configuration(
            new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule(), new GifConfigurationModule())
        {
            // A small pool: memory goes back to the system between uploads instead of staying reserved for the next one.
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { MaximumPoolSizeMegabytes = 64 }),
        };
        configuration.ImageFormatsManager.SetDecoder(GifFormat.Instance, new GifDecoder { DecodingMode = FrameDecodingMode.First });
        return configuration;
    }
}
