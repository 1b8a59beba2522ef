using System.Net;
using System.Text;
using Byline.Accounts;
using Byline.Media;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;

namespace Byline.IntegrationTests.Newsroom;

public sealed class MediaLibraryTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string MediaFolder => host.Services.GetRequiredService<FileSystemMediaStore>().Root;

    private int StoredFileCount() =>
        Directory.Exists(MediaFolder) ? Directory.GetFiles(MediaFolder, "*", SearchOption.AllDirectories).Length : 0;

    [Fact]
    public async Task An_uploaded_photo_is_stored_and_its_variants_are_served_for_a_year_without_its_location()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var photo = MediaTestImages.Jpeg(1600, 1200, withGps: true);
        Assert.NotNull(Image.Identify(photo).Metadata.ExifProfile?.GetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.GPSLatitude));

        using var response = await MediaDesk.UploadAsync(author.Client, photo, "harbour-at-dawn.jpg", "Fishing boats moored in Larkhaven harbour at dawn", "Low tide", "Mara Quill");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.OriginalFileName == "harbour-at-dawn.jpg", Cancel));
        Assert.Equal($"/newsroom/media/{item.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((1600, 1200), (item.Width, item.Height));
        Assert.Equal("320,640,720,960,1280", item.VariantWidths);
        Assert.Equal("image/jpeg", item.ContentType);
        Assert.Matches("^[0-9a-f]{32}$", item.StorageKey);
        Assert.Equal(author.User.Id, item.UploadedById);
        Assert.True(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.MediaUploaded && e.Subject == $"media:{item.Id}" && e.ActorId == author.User.Id, Cancel)));

        using var reader = host.CreateReader();
        foreach (var width in item.Widths)
        {
            foreach (var (extension, contentType) in new[] { ("webp", "image/webp"), ("jpg", "image/jpeg") })
            {
                using var variant = await reader.GetAsync(new Uri(MediaUrls.Variant(item, width, extension), UriKind.Relative), Cancel);
                Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
                Assert.Equal(contentType, variant.Content.Headers.ContentType!.MediaType);
                Assert.Equal("public, max-age=31536000, immutable", variant.Headers.CacheControl!.ToString());
                Assert.Equal("nosniff", variant.Headers.GetValues("X-Content-Type-Options").Single());
                var bytes = await variant.Content.ReadAsByteArrayAsync(Cancel);
                var info = Image.Identify(bytes);
                Assert.Equal(width, info.Width);
                Assert.Null(info.Metadata.ExifProfile);
                Assert.DoesNotContain(MediaTestImages.CameraMake, Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
            }
        }

        var page = await author.Client.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Equal("Fishing boats moored in Larkhaven harbour at dawn", page.QuerySelector(".nr-media-figure img")!.GetAttribute("alt"));
        Assert.Contains("Mara Quill", page.QuerySelector(".nr-media-figure figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_file_named_jpg_is_refused_with_a_message_and_leaves_no_file_behind()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var filesBefore = StoredFileCount();
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

        using var response = await MediaDesk.UploadAsync(author.Client, html, "holiday.jpg", "A holiday photo");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("not a JPEG, PNG, WebP or GIF image", page.GetElementById("Image-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("A holiday photo", page.QuerySelector("#AltText")!.GetAttribute("value"));
        Assert.Equal(filesBefore, StoredFileCount());
        Assert.False(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.OriginalFileName == "holiday.jpg", Cancel)));
    }

    [Fact]
    public async Task An_empty_file_is_refused_with_a_message()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var filesBefore = StoredFileCount();

        using var response = await MediaDesk.UploadAsync(author.Client, [], "empty.png", "Nothing at all");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The file is empty", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(filesBefore, StoredFileCount());
    }

    [Fact]
    public async Task A_file_just_over_20_MB_is_refused_with_the_form_kept()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var filesBefore = StoredFileCount();
        var tooLarge = new byte[MediaLibrary.MaxUploadBytes + 1];
        MediaTestImages.Jpeg(64, 64).CopyTo(tooLarge, 0);

        using var response = await MediaDesk.UploadAsync(author.Client, tooLarge, "huge.jpg", "A very large photo");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("larger than 20 MB", page.GetElementById("Image-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("A very large photo", page.QuerySelector("#AltText")!.GetAttribute("value"));
        Assert.Equal(filesBefore, StoredFileCount());
    }

    [Fact]
    public async Task A_file_far_over_the_request_limit_gets_the_upload_page_with_a_message_not_a_reset()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var filesBefore = StoredFileCount();

        using var response = await MediaDesk.UploadAsync(author.Client, new byte[25 * 1024 * 1024], "camera-raw.jpg", "Straight from the camera");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal("/newsroom/media/upload?refused=too-large", location);
        var page = await author.Client.GetDocumentAsync(location);
        Assert.Contains("larger than 20 MB", page.GetElementById("Image-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(filesBefore, StoredFileCount());
    }

    [Fact]
    public async Task Alt_text_is_required()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var filesBefore = StoredFileCount();

        using var response = await MediaDesk.UploadAsync(author.Client, MediaTestImages.Jpeg(400, 300), "no-alt.jpg", "   ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("alt text is required", page.QuerySelector("[data-valmsg-for=AltText]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(filesBefore, StoredFileCount());
        Assert.False(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.OriginalFileName == "no-alt.jpg", Cancel)));
    }

    [Fact]
    public async Task A_contributor_sees_the_library_but_cannot_upload()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        using (var uploaded = await MediaDesk.UploadAsync(author.Client, MediaTestImages.Jpeg(500, 400), "for-contributors.jpg", "A picture contributors may use"))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        var filesBefore = StoredFileCount();

        var library = await contributor.Client.GetDocumentAsync("/newsroom/media");
        Assert.Contains(library.QuerySelectorAll(".nr-media-card img"), img => img.GetAttribute("alt") == "A picture contributors may use");
        Assert.DoesNotContain(library.QuerySelectorAll("a"), a => a.GetAttribute("href") == MediaDesk.UploadPath);

        using var form = await contributor.Client.GetAsync(new Uri(MediaDesk.UploadPath, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        using var content = MediaDesk.Multipart(null, MediaTestImages.Jpeg(400, 300), "sneaky.jpg", "Sneaky", null, null);
        using var post = await contributor.Client.PostAsync(new Uri(MediaDesk.UploadPath, UriKind.Relative), content, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(filesBefore, StoredFileCount());

        var id = await host.WithDatabaseAsync(db => db.MediaItems.Where(m => m.OriginalFileName == "for-contributors.jpg").Select(m => m.Id).SingleAsync(Cancel));
        var detail = await contributor.Client.GetDocumentAsync($"/newsroom/media/{id}");
        Assert.DoesNotContain(detail.QuerySelectorAll("form[method=post]"), f => f.GetAttribute("action")!.Contains("handler", StringComparison.OrdinalIgnoreCase));
        // The image page offers a contributor no form; the sign-in page gives a token tied to the contributor's identity.
        using var edit = await PostAsync(contributor.Client, $"/newsroom/media/{id}?handler=Save", "/newsroom/sign-in", new() { ["AltText"] = "Changed" });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        using var delete = await PostAsync(contributor.Client, $"/newsroom/media/{id}?handler=Delete", "/newsroom/sign-in", new() { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.True(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == id && m.AltText == "A picture contributors may use", Cancel)));
    }

    [Fact]
    public async Task The_uploader_edits_the_alt_text_caption_and_credit()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        using var uploaded = await MediaDesk.UploadAsync(author.Client, MediaTestImages.Jpeg(700, 500), "quay.jpg", "The quay");
        var path = uploaded.Headers.Location!.OriginalString;

        using var empty = await PostAsync(author.Client, path + "?handler=Save", path, new() { ["AltText"] = "", ["Caption"] = "", ["Credit"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("alt text is required", await empty.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        using var saved = await PostAsync(author.Client, path + "?handler=Save", path,
            new() { ["AltText"] = "The east quay at high tide", ["Caption"] = "The quay was rebuilt in 1908.", ["Credit"] = "Harbour Trust" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var item = await host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.OriginalFileName == "quay.jpg", Cancel));
        Assert.Equal(("The east quay at high tide", "The quay was rebuilt in 1908.", "Harbour Trust"), (item.AltText, item.Caption, item.Credit));
        Assert.True(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.MediaEdited && e.Subject == $"media:{item.Id}", Cancel)));
    }

    [Fact]
    public async Task The_library_is_searched_by_alt_text_caption_credit_and_file_name()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        using (await MediaDesk.UploadAsync(author.Client, MediaTestImages.Jpeg(400, 300), "kestrel-lighthouse.jpg", "A white tower on the headland", "Built 1852", "Jonah Reef")) { }
        using (await MediaDesk.UploadAsync(author.Client, MediaTestImages.Jpeg(400, 300), "market.jpg", "Saturday market stalls", "Cheese and bread", "Pell Ortega")) { }

        async Task<List<string?>> AltsFor(string query) =>
            (await author.Client.GetDocumentAsync("/newsroom/media?q=" + Uri.EscapeDataString(query)))
                .QuerySelectorAll(".nr-media-card img").Select(i => i.GetAttribute("alt")).ToList();

        Assert.Equal(["A white tower on the headland"], await AltsFor("kestrel"));
        Assert.Equal(["A white tower on the headland"], await AltsFor("TOWER headland"));
        Assert.Equal(["Saturday market stalls"], await AltsFor("cheese"));
        Assert.Equal(["Saturday market stalls"], await AltsFor("Ortega"));
        Assert.Empty(await AltsFor("submarine"));
    }

    [Fact]
    public async Task Deleting_an_image_in_use_for_good_warns_naming_the_story_and_confirming_removes_it_from_the_story()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var uploaded = await MediaDesk.UploadAsync(editor.Client, MediaTestImages.Jpeg(1000, 600), "footbridge.jpg", "The new footbridge over the saltmarsh");
        var path = uploaded.Headers.Location!.OriginalString;
        var item = await host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.OriginalFileName == "footbridge.jpg", Cancel));
        var story = await host.StoryAsync(Stories.Footbridge);
        await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == story.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.FeaturedImageId, item.Id), Cancel));
        await host.EvictCachedPagesAsync();
        var storyPath = await host.PathOfAsync(Stories.Footbridge);
        using var reader = host.CreateReader();
        Assert.NotNull((await reader.GetDocumentAsync(storyPath)).QuerySelector(".story__figure img"));
        await MediaDesk.TrashAsync(editor, item.Id);
        // In the trash, the story keeps its featured image.
        Assert.NotNull((await reader.GetDocumentAsync(storyPath)).QuerySelector(".story__figure img"));

        using var warning = await PostAsync(admin.Client, path + "?handler=Delete", path, []);

        Assert.Equal(HttpStatusCode.Conflict, warning.StatusCode);
        var warned = Html.Parse(await warning.Content.ReadAsStringAsync(Cancel));
        var warningText = warned.QuerySelector(".nr-media-confirm .notice--error")!;
        Assert.Contains("featured image of this story", warningText.TextContent, StringComparison.Ordinal);
        Assert.Equal(story.Headline, warningText.QuerySelector("li a")!.TextContent);
        Assert.True(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id, Cancel)));

        using var unconfirmedStory = await PostAsync(admin.Client, path + "?handler=Delete", path, new() { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Conflict, unconfirmedStory.StatusCode);
        Assert.True(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id, Cancel)));

        var confirmForm = BrowserForm.Read(warned, ".nr-media-confirm form");
        Assert.Contains(new KeyValuePair<string, string>("stories", story.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), confirmForm.Fields);
        using var confirmed = await confirmForm.PostAsync(admin.Client);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/newsroom/trash", confirmed.Headers.Location!.OriginalString);
        Assert.False(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id, Cancel)));
        Assert.Null((await host.StoryAsync(Stories.Footbridge)).FeaturedImageId);
        Assert.Empty(Directory.Exists(MediaFolder) ? Directory.GetFiles(MediaFolder, item.StorageKey + "*", SearchOption.AllDirectories) : []);
        var audit = await host.WithDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.MediaDeleted && e.Subject == $"media:{item.Id}", Cancel));
        Assert.Contains(story.Headline, audit.Details, StringComparison.Ordinal);

        // The story's text still shows its own chart (a sample picture); the deleted image is gone from the page.
        Assert.Null((await reader.GetDocumentAsync(storyPath)).QuerySelector($".story__figure img[src*='{item.StorageKey}']"));
        using var gone = await reader.GetAsync(new Uri(MediaUrls.Variant(item, 320, "jpg"), UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task An_author_cannot_delete_their_image_from_a_story_they_cannot_edit()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        using var uploaded = await MediaDesk.UploadAsync(author.Client, MediaTestImages.Jpeg(600, 400), "regatta.jpg", "Rowers on the estuary");
        var path = uploaded.Headers.Location!.OriginalString;
        var item = await host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.OriginalFileName == "regatta.jpg", Cancel));
        var story = await host.StoryAsync("larkhaven-rowing-club-wins-wren-regatta-eights");
        await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == story.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.FeaturedImageId, item.Id), Cancel));

        using var ask = await PostAsync(author.Client, path + "?handler=Trash", path, []);
        using var confirmed = await PostAsync(author.Client, path + "?handler=Trash", path, new() { ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Forbidden, ask.StatusCode);
        Assert.Contains($"“{story.Headline}”", Html.Parse(await ask.Content.ReadAsStringAsync(Cancel)).QuerySelector(".notice--error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, confirmed.StatusCode);
        Assert.Equal(item.Id, (await host.StoryAsync("larkhaven-rowing-club-wins-wren-regatta-eights")).FeaturedImageId);
        Assert.True(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id && m.TrashedAt == null, Cancel)));
    }

    [Fact]
    public async Task An_image_nobody_uses_goes_to_the_trash_after_one_confirmation()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        using var uploaded = await MediaDesk.UploadAsync(author.Client, MediaTestImages.Jpeg(300, 200), "unused.jpg", "An unused picture");
        var path = uploaded.Headers.Location!.OriginalString;

        using var ask = await PostAsync(author.Client, path + "?handler=Trash", path, []);
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("stop showing it", await ask.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        using var confirmed = await PostAsync(author.Client, path + "?handler=Trash", path, new() { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.True(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.OriginalFileName == "unused.jpg" && m.TrashedAt != null, Cancel)));
    }

    [Fact]
    public async Task A_story_with_a_featured_image_shows_it_responsively_on_its_public_page()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        using var uploaded = await MediaDesk.UploadAsync(author.Client, MediaTestImages.Jpeg(2000, 1125), "port.jpg", "Containers stacked on the quay at the Port of Larkhaven", "A record year", "Iris Tenby");
        var item = await host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.OriginalFileName == "port.jpg", Cancel));
        var story = await host.StoryAsync(Stories.PortRecord);
        await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == story.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.FeaturedImageId, item.Id), Cancel));
        await host.EvictCachedPagesAsync();

        using var reader = host.CreateReader();
        var page = await reader.GetDocumentAsync(await host.PathOfAsync(Stories.PortRecord));

        var img = page.QuerySelector(".story__figure picture img")!;
        Assert.Equal("Containers stacked on the quay at the Port of Larkhaven", img.GetAttribute("alt"));
        Assert.Equal("2000", img.GetAttribute("width"));
        Assert.Equal("1125", img.GetAttribute("height"));
        Assert.Equal(MediaUrls.SrcSet(item, "jpg"), img.GetAttribute("srcset"));
        Assert.Contains($"/media/{item.StorageKey}-1920.jpg 1920w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));
        var webp = page.QuerySelector(".story__figure picture source[type='image/webp']")!;
        Assert.Equal(MediaUrls.SrcSet(item, "webp"), webp.GetAttribute("srcset"));
        Assert.Contains("Iris Tenby", page.QuerySelector(".story__figure figcaption")!.TextContent, StringComparison.Ordinal);

        foreach (var candidate in img.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[0]))
        {
            using var variant = await reader.GetAsync(new Uri(candidate, UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
        }
    }

    [Theory]
    [InlineData("/media/byline.db")]
    [InlineData("/media/0123456789abcdef0123456789abcdef-320.jpg")]
    [InlineData("/media/%2e%2e%2fbyline.db")]
    [InlineData("/media/..%2F..%2Fbyline.db")]
    [InlineData("/media/0123456789abcdef0123456789abcdef-320.png")]
    public async Task Anything_but_a_known_variant_answers_404(string path)
    {
        using var reader = host.CreateReader();
        using var response = await reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_width_the_image_does_not_have_answers_404()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        using (await MediaDesk.UploadAsync(author.Client, MediaTestImages.Jpeg(700, 400), "small-port.jpg", "A small picture")) { }
        var item = await host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.OriginalFileName == "small-port.jpg", Cancel));

        using var reader = host.CreateReader();
        using var known = await reader.GetAsync(new Uri(MediaUrls.Variant(item, 640, "webp"), UriKind.Relative), Cancel);
        using var upscaled = await reader.GetAsync(new Uri(MediaUrls.Variant(item, 960, "webp"), UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, upscaled.StatusCode);
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="path"/> with the antiforgery token of the page at <paramref name="formPagePath"/>.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string formPagePath, Dictionary<string, string> fields) =>
        client.PostFormAsync(path, fields, formPagePath);
}
