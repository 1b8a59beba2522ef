using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>Real pictures made in the test: a gradient JPEG or PNG, the JPEG optionally carrying the EXIF GPS position a phone would add.</summary>
internal static class MediaTestImages
{
    public const string CameraMake = "Larkhaven Camera Works";

    public static byte[] Jpeg(int width, int height, bool withGps = false)
    {
        using var image = Gradient(width, height);
        if (withGps)
        {
            var exif = new ExifProfile();
            exif.SetValue(ExifTag.Make, CameraMake);
            exif.SetValue(ExifTag.GPSLatitudeRef, "N");
            exif.SetValue(ExifTag.GPSLatitude, [new Rational(51, 1), new Rational(28, 1), new Rational(4012, 100)]);
            exif.SetValue(ExifTag.GPSLongitudeRef, "W");
            exif.SetValue(ExifTag.GPSLongitude, [new Rational(3, 1), new Rational(10, 1), new Rational(1550, 100)]);
            image.Metadata.ExifProfile = exif;
        }
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 85 });
        return output.ToArray();
    }

    public static byte[] Png(int width, int height)
    {
        using var image = Gradient(width, height);
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    private static Image<Rgba32> Gradient(int width, int height)
    {
        var image = new Image<Rgba32>(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = new Rgba32((byte)(x * 255 / width), (byte)(y * 255 / height), 120, 255);
            }
        }
        return image;
    }
}
