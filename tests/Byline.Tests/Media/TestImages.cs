using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Byline.Tests.Media;

/// <summary>Real image bytes made in the test: a gradient (so encoders have something to encode), optionally with EXIF.</summary>
internal static class TestImages
{
    public const string CameraMake = "Larkhaven Camera Works";

    public static byte[] Jpeg(int width, int height, bool withGps = false, ushort? orientation = null) =>
        Encode(width, height, new JpegEncoder { Quality = 90 }, withGps, orientation);

    public static byte[] Png(int width, int height, bool transparent = false) =>
        Encode(width, height, new PngEncoder(), withGps: false, orientation: null, transparent);

    public static byte[] Gif(int width, int height) => Encode(width, height, new GifEncoder(), withGps: false, orientation: null);

    public static byte[] Webp(int width, int height, bool withGps = false) =>
        Encode(width, height, new WebpEncoder { FileFormat = WebpFileFormatType.Lossy }, withGps, orientation: null);

    public static byte[] Bmp(int width, int height) => Encode(width, height, new BmpEncoder(), withGps: false, orientation: null);

    public static ExifProfile GpsProfile(ushort? orientation = null)
    {
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, CameraMake);
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(51, 1), new Rational(28, 1), new Rational(4012, 100)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "W");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(3, 1), new Rational(10, 1), new Rational(1550, 100)]);
        if (orientation is { } value)
        {
            exif.SetValue(ExifTag.Orientation, value);
        }
        return exif;
    }

    private static byte[] Encode(int width, int height, IImageEncoder encoder, bool withGps, ushort? orientation, bool transparent = false)
    {
        using var image = new Image<Rgba32>(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = transparent
                    ? new Rgba32(0, 0, 0, 0)
                    : new Rgba32((byte)(x * 255 / width), (byte)(y * 255 / height), 140, 255);
            }
        }
        if (withGps || orientation is not null)
        {
            image.Metadata.ExifProfile = withGps ? GpsProfile(orientation) : new ExifProfile();
            if (!withGps)
            {
                image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, orientation!.Value);
            }
        }
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }
}
