using System.Text;
using Byline.Media;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Byline.Tests.Media;

public sealed class ImageRenditionsTests : IDisposable
{
    private readonly ImageRenditions _renditions = new();

    public void Dispose() => _renditions.Dispose();

    [Fact]
    public async Task A_wide_photo_gets_every_width_as_webp_and_jpeg_in_its_proportions()
    {
        var result = await _renditions.RenderAsync(TestImages.Jpeg(2400, 1600), TestContext.Current.CancellationToken);

        var image = Assert.IsType<RenderedImage>(result.Image);
        Assert.Equal("image/jpeg", image.ContentType);
        Assert.Equal((2400, 1600), (image.Width, image.Height));
        Assert.Equal([320, 640, 720, 960, 1280, 1920], image.Widths);
        Assert.Equal(image.Widths.Count * 2, image.Variants.Count);
        foreach (var variant in image.Variants)
        {
            var info = Image.Identify(variant.Bytes.ToArray(), out var format);
            Assert.Equal(variant.Extension == MediaFileNames.WebP ? "image/webp" : "image/jpeg", format.DefaultMimeType);
            Assert.Equal(variant.Width, info.Width);
            Assert.Equal(variant.Height, info.Height);
            Assert.Equal(variant.Width * 2 / 3, variant.Height, tolerance: 1);
        }
    }

    [Fact]
    public async Task Widths_wider_than_the_original_are_never_made()
    {
        var result = await _renditions.RenderAsync(TestImages.Png(1000, 500), TestContext.Current.CancellationToken);

        Assert.Equal([320, 640, 720, 960], result.Image!.Widths);
        Assert.All(result.Image.Variants, v => Assert.True(v.Width <= 1000));
    }

    [Fact]
    public async Task An_image_narrower_than_the_smallest_width_gets_one_variant_at_its_own_width()
    {
        var result = await _renditions.RenderAsync(TestImages.Gif(200, 120), TestContext.Current.CancellationToken);

        Assert.Equal([200], result.Image!.Widths);
        Assert.All(result.Image.Variants, v => Assert.Equal((200, 120), (v.Width, v.Height)));
        Assert.Equal(2, result.Image.Variants.Count);
    }

    [Fact]
    public async Task The_source_carries_a_gps_position_and_no_variant_does()
    {
        var source = TestImages.Jpeg(1400, 1000, withGps: true);
        var sourceExif = Image.Identify(source).Metadata.ExifProfile;
        Assert.NotNull(sourceExif?.GetValue(ExifTag.GPSLatitude));

        var result = await _renditions.RenderAsync(source, TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.Image!.Variants);
        foreach (var variant in result.Image.Variants)
        {
            var bytes = variant.Bytes.ToArray();
            var metadata = Image.Identify(bytes).Metadata;
            Assert.Null(metadata.ExifProfile);
            Assert.Null(metadata.XmpProfile);
            Assert.Null(metadata.IptcProfile);
            Assert.DoesNotContain("Exif", Latin1(bytes), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(TestImages.CameraMake, Latin1(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Metadata_is_removed_from_webp_uploads_too()
    {
        var result = await _renditions.RenderAsync(TestImages.Webp(700, 400, withGps: true), TestContext.Current.CancellationToken);

        Assert.Equal("image/webp", result.Image!.ContentType);
        Assert.All(result.Image.Variants, v => Assert.Null(Image.Identify(v.Bytes.ToArray()).Metadata.ExifProfile));
    }

    [Fact]
    public async Task A_photo_taken_sideways_is_turned_upright_before_its_orientation_tag_goes()
    {
        // Orientation 6: the camera stored the picture rotated; viewers turn it 90° clockwise.
        var result = await _renditions.RenderAsync(TestImages.Jpeg(800, 400, orientation: 6), TestContext.Current.CancellationToken);

        Assert.Equal((400, 800), (result.Image!.Width, result.Image.Height));
        Assert.Equal([320], result.Image.Widths);
        Assert.All(result.Image.Variants, v => Assert.Equal((320, 640), (v.Width, v.Height)));
    }

    [Fact]
    public async Task Transparent_parts_become_white_in_jpeg()
    {
        var result = await _renditions.RenderAsync(TestImages.Png(400, 300, transparent: true), TestContext.Current.CancellationToken);

        var jpeg = result.Image!.Variants.First(v => v.Extension == MediaFileNames.Jpeg);
        using var decoded = Image.Load<Rgb24>(jpeg.Bytes.Span);
        var pixel = decoded[10, 10];
        Assert.True(pixel.R > 240 && pixel.G > 240 && pixel.B > 240, $"expected white, got {pixel}");
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("image/webp")]
    [InlineData("image/gif")]
    [InlineData("image/jpeg")]
    public async Task Each_accepted_format_is_recognised_from_its_bytes(string contentType)
    {
        var bytes = contentType switch
        {
            "image/png" => TestImages.Png(500, 300),
            "image/webp" => TestImages.Webp(500, 300),
            "image/gif" => TestImages.Gif(500, 300),
            _ => TestImages.Jpeg(500, 300),
        };

        Assert.Equal(contentType, ImageRenditions.DetectContentType(bytes));
        var result = await _renditions.RenderAsync(bytes, TestContext.Current.CancellationToken);
        Assert.Equal(contentType, result.Image?.ContentType);
    }

    [Fact]
    public async Task An_html_file_named_jpg_is_refused()
    {
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

        Assert.Null(ImageRenditions.DetectContentType(html));
        var result = await _renditions.RenderAsync(html, TestContext.Current.CancellationToken);
        Assert.False(result.Succeeded);
        Assert.Contains("not a JPEG, PNG, WebP or GIF image", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        Assert.Null(ImageRenditions.DetectContentType([]));
        var result = await _renditions.RenderAsync(ReadOnlyMemory<byte>.Empty, TestContext.Current.CancellationToken);
        Assert.Equal("The file is empty.", result.Problem);
    }

    [Fact]
    public async Task Random_bytes_are_refused()
    {
        var bytes = new byte[64 * 1024];
        new Random(20261129).NextBytes(bytes);
        bytes[0] = 0x42; // not the first byte of any accepted signature

        Assert.Null(ImageRenditions.DetectContentType(bytes));
        Assert.False((await _renditions.RenderAsync(bytes, TestContext.Current.CancellationToken)).Succeeded);
    }

    [Fact]
    public async Task A_format_outside_the_four_is_refused_even_though_the_library_could_read_it()
    {
        var bmp = TestImages.Bmp(400, 300);

        Assert.Null(ImageRenditions.DetectContentType(bmp));
        Assert.False((await _renditions.RenderAsync(bmp, TestContext.Current.CancellationToken)).Succeeded);
    }

    [Fact]
    public async Task A_file_with_an_image_signature_and_nothing_after_it_is_refused_as_unreadable()
    {
        var png = TestImages.Png(400, 300);
        var damaged = png[..40].Concat(Enumerable.Repeat((byte)0x5A, 400)).ToArray();

        var result = await _renditions.RenderAsync(damaged, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem));
    }

    private static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}
