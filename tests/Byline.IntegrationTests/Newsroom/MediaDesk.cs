using System.Net;
using System.Net.Http.Headers;
using Byline.Media;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>Drives the media library over HTTP the way a member's browser does.</summary>
internal static class MediaDesk
{
    public const string UploadPath = "/newsroom/media/upload";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Posts the upload form as a browser would: multipart, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string? altText, string? caption = null, string? credit = null)
    {
        using var page = await client.GetAsync(new Uri(UploadPath, UriKind.Relative), Cancel);
        var token = BrowserForm.AntiforgeryToken(await page.Content.ReadAsStringAsync(Cancel));
        using var content = Multipart(token, bytes, fileName, altText, caption, credit);
        return await client.PostAsync(new Uri(UploadPath, UriKind.Relative), content, Cancel);
    }

    /// <summary>Uploads a picture (its file name unique to the test) and returns the library's record of it.</summary>
    public static async Task<MediaItem> UploadedAsync(BylineHost host, NewsroomSession session, string fileName, string altText)
    {
        using (var uploaded = await UploadAsync(session.Client, MediaTestImages.Jpeg(1000, 600), fileName, altText))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }
        return await host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.OriginalFileName == fileName, Cancel));
    }

    /// <summary>Confirms "Move to trash" on the image's page, as the confirmation's form does; asserts the redirect.</summary>
    public static async Task TrashAsync(NewsroomSession session, int id)
    {
        var path = $"/newsroom/media/{id}";
        using var trashed = await session.Client.PostFormAsync(path + "?handler=Trash", new Dictionary<string, string> { ["confirm"] = "true" }, path);
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
    }

    public static MultipartFormDataContent Multipart(string? token, byte[] bytes, string fileName, string? altText, string? caption, string? credit)
    {
        var content = new MultipartFormDataContent();
        if (token is not null)
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }
        var file = new ByteArrayContent(bytes);
        // The browser's claim: it says image/jpeg whatever the bytes are, so the server must not believe it.
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(file, "Image", fileName);
        content.Add(new StringContent(altText ?? ""), "AltText");
        content.Add(new StringContent(caption ?? ""), "Caption");
        content.Add(new StringContent(credit ?? ""), "Credit");
        return content;
    }
}
