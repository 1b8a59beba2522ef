using System.Net;
using Byline.Media;
using Byline.Testing;
using Byline.Transfer.Sample;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer;

/// <summary>The sample newsroom's pictures: on every story, in some bodies, made into variants only when asked for.</summary>
public sealed class SamplePicturesTests(BylineHost host) : IClassFixture<BylineHost>
{
    private readonly HttpClient _reader = host.CreateReader();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_sample_story_has_a_featured_image_with_alt_text_a_caption_and_a_credit()
    {
        var stories = await host.WithDatabaseAsync(db => db.Articles.AsNoTracking().Include(a => a.FeaturedImage)
            .Select(a => new { a.Slug, a.FeaturedImage }).ToListAsync(Cancel));

        Assert.Equal(16, stories.Count);
        Assert.All(stories, story =>
        {
            var image = story.FeaturedImage;
            Assert.True(image is not null, $"{story.Slug} has no featured image");
            Assert.InRange(image.AltText.Length, 20, MediaItem.AltTextMaxLength);
            Assert.InRange(image.Caption.Length, 10, MediaItem.CaptionMaxLength);
            Assert.EndsWith(": Byline sample newsroom", image.Credit, StringComparison.Ordinal);
            Assert.Equal((1600, 900), (image.Width, image.Height));
            Assert.Equal([320, 640, 720, 960, 1280], image.Widths);
        });
        // Every story its own picture.
        Assert.Equal(stories.Count, stories.Select(s => s.FeaturedImage!.Id).Distinct().Count());
    }

    [Fact]
    public async Task Four_sample_stories_show_a_picture_in_their_text_as_a_figure_with_its_credit()
    {
        var bodies = await host.WithDatabaseAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.BodyHtml.Contains("<figure")).Select(a => a.Slug).ToListAsync(Cancel));
        Assert.True(bodies.Count >= 4, $"only {bodies.Count} stories show a figure");

        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.Footbridge));
        var figure = page.QuerySelectorAll(".story__body figure").Single(f => f.QuerySelector("img")?.GetAttribute("src")?.Contains(SamplePictures.KeyOf("footbridge-options"), StringComparison.Ordinal) == true);
        Assert.StartsWith("Bar chart of the three options", figure.QuerySelector("img")!.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.Contains("Chart: Byline sample newsroom", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variant_is_made_when_first_asked_for_and_stored_for_the_next_reader()
    {
        var item = await host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.StorageKey == SamplePictures.KeyOf("tide-clock-stage"), Cancel));
        var name = MediaFileNames.Variant(item.StorageKey, 640, MediaFileNames.WebP);
        var file = Path.Combine(host.DataPath, "media", name[..2], name);
        Assert.False(File.Exists(file), "seeding stored no file");

        using var first = await _reader.GetAsync(new Uri(MediaUrls.Variant(item, 640, "webp"), UriKind.Relative), Cancel);
        var bytes = await first.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/webp", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("RIFF"u8.ToArray(), bytes[..4]);
        Assert.True(File.Exists(file), "the variant is stored");
        Assert.Equal(bytes, await File.ReadAllBytesAsync(file, Cancel));
        // A width the library never made is not made on request either.
        using var other = await _reader.GetAsync(new Uri(MediaUrls.Variant(item, 1920, "jpg"), UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
