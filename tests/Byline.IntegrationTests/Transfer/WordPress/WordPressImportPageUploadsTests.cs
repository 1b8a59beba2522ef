using System.IO.Compression;
using System.Net;
using Byline.Accounts;
using Byline.IntegrationTests.Newsroom;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>The import page with a ZIP of the old uploads folder: the images come along, and a hostile ZIP gets nowhere.</summary>
public sealed class WordPressImportPageUploadsTests : IAsyncLifetime
{
    private readonly EmptySiteHost _host = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.InitializeAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_uploads_zip_brings_the_images_and_entries_that_climb_out_or_are_not_images_are_left_behind()
    {
        using var admin = await NewsroomSession.SignInAsync(_host, NewsroomRole.Admin);
        var zip = Zip(
            ("wp-content/uploads/2025/11/harbour-dawn.jpg", MediaTestImages.Jpeg(1200, 800)),
            ("../../escaped.jpg", MediaTestImages.Jpeg(40, 40)),
            ("wp-content/uploads/notes.txt", "not an image"u8.ToArray()));

        using var posted = await WordPressImportPage.UploadAsync(admin, await File.ReadAllBytesAsync(WordPressImports.ExportPath, Cancel), zip);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var dryRun = await WordPressImportPage.WaitForReportAsync(admin, posted.Headers.Location!);
        Assert.Contains("nothing was written", dryRun, StringComparison.Ordinal);
        var report = Html.Parse(dryRun);
        var attachments = report.QuerySelectorAll("tr").SingleOrDefault(r => r.QuerySelector("td")?.TextContent == "attachments");
        Assert.True(attachments is not null, $"no attachments row in the dry run's page: {report.QuerySelector("main")?.TextContent}");
        Assert.Equal(["attachments", "1", "0", "1"], attachments.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        Assert.Equal(0, await _host.WithDatabaseAsync(db => db.MediaItems.CountAsync(Cancel)));

        using var started = await admin.Client.PostFormAsync(posted.Headers.Location!.OriginalString, new Dictionary<string, string>());
        var imported = await WordPressImportPage.WaitForReportAsync(admin, started.Headers.Location!);

        Assert.Contains("The import is complete", imported, StringComparison.Ordinal);
        var media = await _host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(Cancel));
        Assert.Equal("harbour-dawn.jpg", media.OriginalFileName);
        Assert.Contains(media.Id, await _host.WithDatabaseAsync(db => db.Articles.Select(a => a.FeaturedImageId).ToListAsync(Cancel)));
        var imports = Path.Combine(_host.DataPath, "imports");
        Assert.Empty(Directory.EnumerateFileSystemEntries(imports));
        Assert.Empty(Directory.EnumerateFiles(_host.DataPath, "escaped.jpg", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_host.DataPath)!, "escaped.jpg")));
    }

    [Fact]
    public async Task An_uploads_file_that_is_not_a_zip_is_refused_on_the_form_and_nothing_starts()
    {
        using var admin = await NewsroomSession.SignInAsync(_host, NewsroomRole.Admin);

        using var posted = await WordPressImportPage.UploadAsync(admin, await File.ReadAllBytesAsync(WordPressImports.ExportPath, Cancel), "PK but not really"u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var page = Html.Parse(await posted.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("not a ZIP archive", page.QuerySelector("#Uploads-error")!.TextContent, StringComparison.Ordinal);
        var imports = Path.Combine(_host.DataPath, "imports");
        Assert.True(!Directory.Exists(imports) || !Directory.EnumerateFileSystemEntries(imports).Any());
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }
        return output.ToArray();
    }
}
