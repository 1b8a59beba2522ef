using System.Net;
using AngleSharp.Html.Parser;
using Byline.Accounts;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>The newsroom's import page over real HTTP: admins only, upload, dry-run report, then the import.</summary>
public sealed class WordPressImportPageTests(EmptySiteHost host) : IClassFixture<EmptySiteHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_uploads_sees_the_dry_run_report_then_imports_and_the_stories_exist()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var form = await admin.Client.GetStringAsync(new Uri("/newsroom/import", UriKind.Relative), Cancel);
        var document = new HtmlParser().ParseDocument(form);
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal("WordPress export file (.xml)", document.QuerySelector("label[for=Export]")!.TextContent);

        using var posted = await WordPressImportPage.UploadAsync(admin, await File.ReadAllBytesAsync(WordPressImports.ExportPath, Cancel));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var dryRun = await WordPressImportPage.WaitForReportAsync(admin, posted.Headers.Location!);
        Assert.Contains("nothing was written", dryRun, StringComparison.Ordinal);
        Assert.Contains("report: larkhaven.xml", dryRun, StringComparison.Ordinal);
        Assert.Contains("private in WordPress", dryRun, StringComparison.Ordinal);
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Articles.CountAsync(Cancel)));

        using var started = await admin.Client.PostFormAsync(posted.Headers.Location!.OriginalString, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var imported = await WordPressImportPage.WaitForReportAsync(admin, started.Headers.Location!);

        Assert.Contains("The import is complete", imported, StringComparison.Ordinal);
        var story = await host.WithDatabaseAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "ferry-timetable-changes", Cancel));
        Assert.Equal(ArticleStatus.Published, story.Status);
        var audit = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.WordPressImported, Cancel));
        Assert.Equal(admin.User.Id, audit.ActorId);
        Assert.Contains("export larkhaven.xml:", audit.Details, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(host.DataPath, "imports")));
    }

    [Fact]
    public async Task An_editor_cannot_open_or_post_to_the_import_page()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        using var page = await editor.Client.GetAsync(new Uri("/newsroom/import", UriKind.Relative), Cancel);
        using var upload = await editor.Client.PostAsync(new Uri("/newsroom/import", UriKind.Relative), new MultipartFormDataContent(), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        // The 403 of a POST is re-executed by the error pages as a POST, which they do not answer: a 4xx either way, never a job.
        Assert.InRange((int)upload.StatusCode, 400, 499);
    }

    [Fact]
    public async Task A_file_that_is_not_an_export_fails_with_the_place_named_on_the_page()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var form = await admin.Client.GetStringAsync(new Uri("/newsroom/import", UriKind.Relative), Cancel);
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(BrowserForm.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent("<html><body>not an export</body></html>"), "Export", "page.xml" },
        };

        using var posted = await admin.Client.PostAsync(new Uri("/newsroom/import", UriKind.Relative), upload, Cancel);
        var page = await WordPressImportPage.WaitForReportAsync(admin, posted.Headers.Location!);

        Assert.Contains("line 1, position 2: this is XML but not a WordPress export", page, StringComparison.Ordinal);
    }
}
