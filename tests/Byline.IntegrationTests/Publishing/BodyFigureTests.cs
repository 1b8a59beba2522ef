using System.Net;
using System.Text.Json;
using Byline.Accounts;
using Byline.Content;
using Byline.IntegrationTests.Newsroom;
using Byline.Media;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Publishing;

/// <summary>
/// A media library image alone in a paragraph of a story's Markdown is shown as a figure exactly like the featured
/// image: WebP and JPEG srcset, sizes, width and height, lazy; the caption from the image's title, the credit from the
/// library. Any other image stays a plain &lt;img&gt;.
/// </summary>
public sealed class BodyFigureTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_library_image_saved_in_the_newsroom_is_published_as_a_picture_with_its_caption_and_the_librarys_credit()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var item = await UploadAsync(editor, "figure-kiln.jpg", "The kiln's chimney against the evening sky", "Ana Ruiz / Byline");
        var body = $"The kiln closed in 1961.\n\n![The kiln's chimney at dusk]({MediaUrls.Variant(item, 640, MediaFileNames.Jpeg)} \"The chimney, lit for the reopening\")\n\nIt reopens in May.";
        var path = await PublishedAsync(editor, "Kiln chimney lit for the gallery opening", body);

        using var reader = host.CreateReader();
        var figure = (await reader.GetDocumentAsync(path)).QuerySelector(".story__body figure.story__figure")!;

        Assert.NotNull(figure);
        var source = figure.QuerySelector("picture > source")!;
        var img = figure.QuerySelector("picture > img")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal(MediaUrls.SrcSet(item, MediaFileNames.WebP), source.GetAttribute("srcset"));
        Assert.Equal(MediaUrls.SrcSet(item, MediaFileNames.Jpeg), img.GetAttribute("srcset"));
        Assert.Contains(" 640w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal(MediaUrls.Largest(item), img.GetAttribute("src"));
        Assert.Equal(BodyImage.Sizes, source.GetAttribute("sizes"));
        Assert.Equal(BodyImage.Sizes, img.GetAttribute("sizes"));
        Assert.Equal(("1000", "600"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal(("lazy", "async"), (img.GetAttribute("loading"), img.GetAttribute("decoding")));
        Assert.Equal("The kiln's chimney at dusk", img.GetAttribute("alt"));
        var caption = figure.QuerySelector("figcaption")!;
        Assert.Equal("Ana Ruiz / Byline", caption.QuerySelector(".story__credit")!.TextContent);
        Assert.Equal("The chimney, lit for the reopening Ana Ruiz / Byline", caption.TextContent);
        // The figure replaces its paragraph: no <p> around it, and the paragraphs beside it stay.
        Assert.Equal("P", figure.PreviousElementSibling!.TagName);
        Assert.Equal("It reopens in May.", figure.NextElementSibling!.TextContent);
    }

    [Fact]
    public async Task An_unknown_key_an_image_on_another_host_and_an_image_inside_a_sentence_stay_plain_images()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var item = await UploadAsync(editor, "figure-pier.jpg", "The pier at low tide", "");
        var unknown = "/media/0123456789abcdef0123456789abcdef-640.jpg";
        var elsewhere = "https://photos.example.org" + MediaUrls.Variant(item, 640, MediaFileNames.Jpeg);
        var inline = MediaUrls.Variant(item, 320, MediaFileNames.Jpeg);
        var body = $"![A picture no longer in the library]({unknown})\n\n![Someone else's picture]({elsewhere})\n\nThe pier ![at low tide]({inline}) is closed.";
        var path = await PublishedAsync(editor, "Pier closed at low tide for repairs", body);

        using var reader = host.CreateReader();
        var story = (await reader.GetDocumentAsync(path)).QuerySelector(".story__body")!;

        Assert.Empty(story.QuerySelectorAll("figure, picture"));
        Assert.Equal([unknown, elsewhere, inline], story.QuerySelectorAll("p > img").Select(i => i.GetAttribute("src")));
    }

    [Fact]
    public async Task The_newsroom_preview_shows_a_body_figure_as_readers_will_see_it()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var item = await UploadAsync(editor, "figure-ferry.jpg", "The ferry leaving the harbour", "Harbour Trust");
        var fields = StoryDesk.Fields("Ferry preview", await StoryDesk.SectionIdAsync(host, "city"),
            $"![The ferry]({MediaUrls.Variant(item, 640, MediaFileNames.WebP)})");

        using var response = await editor.Client.PostFormAsync("/newsroom/stories/new/preview", fields, "/newsroom/stories/new");
        var figure = Html.Parse(await response.Content.ReadAsStringAsync(Cancel)).QuerySelector(".story__body figure.story__figure")!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MediaUrls.SrcSet(item, MediaFileNames.WebP), figure.QuerySelector("source")!.GetAttribute("srcset"));
        // No title: the figure's caption is the library's credit alone.
        Assert.Equal("Harbour Trust", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public async Task Deleting_an_image_shown_as_a_body_figure_warns_and_names_the_story()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var item = await UploadAsync(editor, "figure-mill.jpg", "The mill wheel turning again", "");
        var id = await StoryDesk.CreateAsync(editor, "Mill wheel turns again after fifty years", await StoryDesk.SectionIdAsync(host, "culture"),
            $"![The mill wheel]({MediaUrls.Variant(item, 640, MediaFileNames.Jpeg)} \"The wheel on its first day\")");
        var mediaPath = $"/newsroom/media/{item.Id}";
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        await MediaDesk.TrashAsync(editor, item.Id);

        using var warning = await admin.Client.PostFormAsync(mediaPath + "?handler=Delete", new Dictionary<string, string>(), mediaPath);

        Assert.Equal(HttpStatusCode.Conflict, warning.StatusCode);
        var notice = Html.Parse(await warning.Content.ReadAsStringAsync(Cancel)).QuerySelector(".nr-media-confirm .notice--error")!;
        Assert.Equal("Mill wheel turns again after fifty years", notice.QuerySelector($"a[href='/newsroom/stories/{id}']")!.TextContent);
        Assert.True(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id, Cancel)));
    }

    [Fact]
    public async Task Feeds_carry_a_body_figure_as_one_plain_image_at_its_absolute_address()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var item = await UploadAsync(editor, "figure-lighthouse.jpg", "The lighthouse lamp room", "Coast Archive");
        await PublishedAsync(editor, "Lighthouse lamp room opens to visitors",
            $"Intro.\n\n![The lamp room]({MediaUrls.Variant(item, 640, MediaFileNames.Jpeg)} \"The lamp room\")\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ");

        using var reader = host.CreateReader();
        var json = await reader.GetStringAsync(new Uri("/feed/json", UriKind.Relative), Cancel);
        var html = JsonDocument.Parse(json).RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("title").GetString() == "Lighthouse lamp room opens to visitors").GetProperty("content_html").GetString()!;
        var content = Html.Parse(html);

        Assert.Empty(content.QuerySelectorAll("picture, source, button, [data-embed-src], [srcset]"));
        var img = Assert.Single(content.QuerySelectorAll("figure.story__figure img"));
        Assert.Equal(new Uri(host.BaseAddress, MediaUrls.Largest(item)).AbsoluteUri, img.GetAttribute("src"));
        Assert.Equal("The lamp room", img.GetAttribute("alt"));
        Assert.Equal("The lamp room Coast Archive", content.QuerySelector("figcaption")!.TextContent);
        var link = content.QuerySelectorAll("p > a").Single(a => a.GetAttribute("href") == "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        Assert.Equal("YouTube: Video on YouTube", link.TextContent);
    }

    private async Task<MediaItem> UploadAsync(NewsroomSession session, string fileName, string altText, string credit)
    {
        using (var uploaded = await MediaDesk.UploadAsync(session.Client, MediaTestImages.Jpeg(1000, 600), fileName, altText, credit: credit))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }
        return await host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.OriginalFileName == fileName, Cancel));
    }

    private async Task<string> PublishedAsync(NewsroomSession editor, string headline, string body)
    {
        var id = await StoryDesk.CreateAsync(editor, headline, await StoryDesk.SectionIdAsync(host, "city"), body);
        using (var published = await StoryDesk.MoveAsync(editor, id, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        return await host.PathOfAsync(Slugs.From(headline));
    }
}
