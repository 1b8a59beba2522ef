using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace Byline.BrowserTests.Newsroom;

/// <summary>A real JPEG made in the test (a colour gradient), ready for a file input.</summary>
public static class TestPhotos
{
    public static FilePayload Jpeg(string fileName, int width, int height)
    {
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgb24((byte)(40 + (x * 180 / width)), (byte)(90 + (y * 120 / height)), 160);
                }
            }
        });
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 85 });
        return new FilePayload { Name = fileName, MimeType = "image/jpeg", Buffer = output.ToArray() };
    }
}
