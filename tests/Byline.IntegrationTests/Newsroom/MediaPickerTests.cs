using System.Net;
using System.Text;
using System.Text.Json;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// The JSON the story editor's media picker reads and posts: the library search and one item
/// (<c>/newsroom/media/library</c>), and the upload (<c>/newsroom/media/upload?handler=Json</c>) with the upload page's
/// own rules, token and roles.
/// </summary>
public sealed class MediaPickerTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string JsonUpload = MediaDesk.UploadPath + "?handler=Json";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> UploadJsonAsync(HttpClient client, byte[] bytes, string fileName, string? altText, bool withToken = true, string? caption = null, string? credit = null)
    {
        string? token = null;
        if (withToken)
        {
            // The editor sends the story form's token: any newsroom page's token is the member's.
            using var page = await client.GetAsync(new Uri("/newsroom/stories/new", UriKind.Relative), Cancel);
            token = BrowserForm.AntiforgeryToken(await page.Content.ReadAsStringAsync(Cancel));
        }
        using var content = MediaDesk.Multipart(token, bytes, fileName, altText, caption, credit);
        return await client.PostAsync(new Uri(JsonUpload, UriKind.Relative), content, Cancel);
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
    }

    [Fact]
    public async Task An_author_uploads_with_alt_text_caption_and_credit_and_gets_201_with_the_figure_address()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);

        using var response = await UploadJsonAsync(author.Client, MediaTestImages.Jpeg(1600, 1000), "picker-harbour.jpg", "Boats in the harbour", caption: "Low tide", credit: "Mara Quill");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await JsonOf(response);
        var item = await host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.OriginalFileName == "picker-harbour.jpg", Cancel));
        Assert.Equal(item.Id, json.GetProperty("id").GetInt32());
        Assert.Equal(item.StorageKey, json.GetProperty("key").GetString());
        Assert.Equal("Boats in the harbour", json.GetProperty("alt").GetString());
        Assert.Equal("Low tide", json.GetProperty("caption").GetString());
        Assert.Equal("Mara Quill", item.Credit);
        Assert.Equal("Mara Quill", json.GetProperty("credit").GetString());
        Assert.Equal((1600, 1000), (json.GetProperty("width").GetInt32(), json.GetProperty("height").GetInt32()));
        Assert.Equal($"/media/{item.StorageKey}-1280.jpg", json.GetProperty("markdownSrc").GetString());
        Assert.Equal($"/media/{item.StorageKey}-320.jpg", json.GetProperty("thumbnail").GetString());
        Assert.Equal(author.User.Id, item.UploadedById);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_with_a_readable_message_and_nothing_is_stored()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

        using var response = await UploadJsonAsync(author.Client, html, "picker-holiday.jpg", "A holiday photo");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("not a JPEG, PNG, WebP or GIF image", (await JsonOf(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.OriginalFileName == "picker-holiday.jpg", Cancel)));
    }

    [Fact]
    public async Task An_upload_without_alt_text_is_a_400_that_asks_for_it()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);

        using var response = await UploadJsonAsync(author.Client, MediaTestImages.Jpeg(800, 600), "picker-no-alt.jpg", "  ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await JsonOf(response);
        Assert.Contains("alt text is required", json.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(json.GetProperty("errors").TryGetProperty("AltText", out _));
        Assert.False(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.OriginalFileName == "picker-no-alt.jpg", Cancel)));
    }

    [Fact]
    public async Task An_upload_without_the_form_token_is_refused_and_nothing_is_stored()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);

        using var response = await UploadJsonAsync(author.Client, MediaTestImages.Jpeg(800, 600), "picker-no-token.jpg", "A gull", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.OriginalFileName == "picker-no-token.jpg", Cancel)));
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_sign_in_and_a_contributor_may_pick_but_not_upload()
    {
        using var anonymous = NewsroomSession.CreateClient(host);
        foreach (var path in new[] { "/newsroom/media/library?handler=Search&q=", "/newsroom/media/library?handler=Item&id=1" })
        {
            using var get = await anonymous.GetAsync(new Uri(path, UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
            Assert.StartsWith("/newsroom/sign-in", get.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        using (var post = await UploadJsonAsync(anonymous, MediaTestImages.Jpeg(800, 600), "picker-anonymous.jpg", "A gull", withToken: false))
        {
            Assert.False(post.IsSuccessStatusCode);
        }

        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        using (var search = await contributor.Client.GetAsync(new Uri("/newsroom/media/library?handler=Search&q=", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            Assert.False((await JsonOf(search)).GetProperty("canUpload").GetBoolean());
        }
        using (var upload = await UploadJsonAsync(contributor.Client, MediaTestImages.Jpeg(800, 600), "picker-contributor.jpg", "A gull"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        }
        Assert.False(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.OriginalFileName == "picker-anonymous.jpg" || m.OriginalFileName == "picker-contributor.jpg", Cancel)));
    }

    [Fact]
    public async Task The_search_finds_images_by_their_words_newest_first_and_one_item_is_read_by_id()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var older = await MediaDesk.UploadedAsync(host, author, "picker-older.jpg", "A cormorant drying its wings");
        var newer = await MediaDesk.UploadedAsync(host, author, "picker-newer.jpg", "A cormorant diving");

        using var search = await author.Client.GetAsync(new Uri("/newsroom/media/library?handler=Search&q=cormorant", UriKind.Relative), Cancel);
        var json = await JsonOf(search);
        Assert.Equal([newer.Id, older.Id], json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        Assert.True(json.GetProperty("canUpload").GetBoolean());
        Assert.False(json.GetProperty("more").GetBoolean());

        using var item = await author.Client.GetAsync(new Uri($"/newsroom/media/library?handler=Item&id={older.Id}", UriKind.Relative), Cancel);
        Assert.Equal("A cormorant drying its wings", (await JsonOf(item)).GetProperty("alt").GetString());
        using var missing = await author.Client.GetAsync(new Uri("/newsroom/media/library?handler=Item&id=999999", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("There is no such image in the library.", (await JsonOf(missing)).GetProperty("error").GetString());
        using var badPage = await author.Client.GetAsync(new Uri("/newsroom/media/library?handler=Search&page=0", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await JsonOf(badPage)).GetProperty("error").GetString()));
    }
}
