using System.Net;
using Byline.Testing;
using Byline.Transfer.WordPress;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>
/// An import of many posts on a site readers are using (SQLite, or PostgreSQL when BYLINE_TEST_POSTGRES is set): it
/// writes in short transactions, shows nothing until it is complete, and leaves nothing behind when it fails.
/// </summary>
public sealed class WordPressImportStagingTests : IAsyncLifetime
{
    private const int Posts = 1_300;
    private readonly BylineHost _host = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("byline-wordpress-staging-").FullName;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.InitializeAsync();

    [Fact]
    public async Task A_reader_comments_during_an_import_and_no_imported_story_shows_until_the_import_is_complete()
    {
        var export = GeneratedExport.Write(_folder, Posts);
        var reading = new ReadingDuringImport(_host, await _host.PathOfAsync(Stories.Footbridge));

        var report = await ImportAsync(export, reading);

        Assert.True(reading.Looked);
        Assert.Equal(HttpStatusCode.SeeOther, reading.CommentStatus);
        Assert.InRange(reading.StoriesWritten, 1, Posts - 1);
        Assert.DoesNotContain(GeneratedExport.Headline(0), reading.FrontPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Generated quillwort story", reading.SearchPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reading.ShortLinkStatus);

        Assert.Equal(Posts, report[WordPressImportReport.Posts].Imported);
        Assert.Equal(1, await _host.WithDatabaseAsync(db => db.Comments.CountAsync(c => c.Body == ReadingDuringImport.CommentBody, Cancel)));
        using var reader = _host.CreateReader();
        using var shortLink = await reader.GetAsync(new Uri($"/?p={GeneratedExport.FirstPostId}", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.MovedPermanently, shortLink.StatusCode);
        var search = await reader.GetStringAsync(new Uri($"/search?q={GeneratedExport.Word}", UriKind.Relative), Cancel);
        Assert.Contains("Generated quillwort story", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_that_fails_after_several_batches_leaves_nothing_behind()
    {
        var before = await Snapshot();
        var broken = GeneratedExport.Write(_folder, Posts, truncate: true);

        var error = await Assert.ThrowsAsync<WxrFormatException>(() => ImportAsync(broken, null));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task A_dry_run_of_many_posts_leaves_nothing_behind_and_counts_what_the_import_writes()
    {
        var before = await Snapshot();
        var export = GeneratedExport.Write(_folder, Posts);

        var dry = await WordPressImports.ImportAsync(_host, export, dryRun: true);

        Assert.Equal(before, await Snapshot());
        var real = await ImportAsync(export, null);
        Assert.Equal(Posts, dry[WordPressImportReport.Posts].Imported);
        foreach (var (kind, count) in real.Counts)
        {
            Assert.Equal((kind, count.Imported), (kind, dry[kind].Imported));
        }
    }

    private Task<WordPressImportReport> ImportAsync(string path, IProgress<WordPressImportProgress>? progress) =>
        WordPressImports.ImportAsync(_host, path, progress: progress);

    private sealed record Counts(int Stories, int Comments, int People, int Sections, int Tags, int Redirects, int Imported, string Statuses);

    private Task<Counts> Snapshot() => _host.WithDatabaseAsync(async db => new Counts(
        await db.Articles.CountAsync(Cancel),
        await db.Comments.CountAsync(Cancel),
        await db.People.CountAsync(Cancel),
        await db.Sections.CountAsync(Cancel),
        await db.Tags.CountAsync(Cancel),
        await db.ArticleRedirects.CountAsync(Cancel),
        await db.ImportedItems.CountAsync(Cancel),
        string.Join(",", await db.Articles.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}").ToListAsync(Cancel))));

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS later.
        }
    }
}
