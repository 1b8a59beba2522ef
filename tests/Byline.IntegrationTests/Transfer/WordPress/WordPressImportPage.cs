using System.Net.Http.Headers;
using Byline.Testing;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>The newsroom's import page as a browser uses it: the upload form, and the status page it refreshes.</summary>
internal static class WordPressImportPage
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Posts the form with the export and, when given, a ZIP of the uploads folder.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(NewsroomSession admin, byte[] export, byte[]? uploadsZip = null)
    {
        var form = await admin.Client.GetStringAsync(new Uri("/newsroom/import", UriKind.Relative), Cancel);
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(BrowserForm.AntiforgeryToken(form)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(export);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        upload.Add(file, "Export", "larkhaven.xml");
        if (uploadsZip is not null)
        {
            var zip = new ByteArrayContent(uploadsZip);
            zip.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
            upload.Add(zip, "Uploads", "uploads.zip");
        }
        return await admin.Client.PostAsync(new Uri("/newsroom/import", UriKind.Relative), upload, Cancel);
    }

    /// <summary>Follows the status page as a browser would with its meta refresh, until the job is done.</summary>
    public static async Task<string> WaitForReportAsync(NewsroomSession session, Uri status)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var html = await session.Client.GetStringAsync(status, Cancel);
            if (!html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            {
                return html;
            }
            await Task.Delay(200, Cancel);
        }
        Assert.Fail("the import did not finish within a minute");
        return "";
    }
}
