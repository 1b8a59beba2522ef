using Byline.Accounts;
using Byline.Testing;
using Byline.Transfer.WordPress;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>
/// A site that stopped in the middle of a newsroom import left the uploaded export (every author's and commenter's
/// address) in its data folder: the next start deletes it, records it, and the import page says so.
/// </summary>
public sealed class InterruptedImportTests : IAsyncLifetime
{
    private readonly EmptySiteHost _host = new();
    private string _killed = "";
    private ImportUploadMarker? _running;
    private string _runningExport = "";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string Imports => Path.Combine(_host.DataPath, "imports");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Imports);
        // As a killed job leaves them: the export, the uploads ZIP, and the marker, no longer locked by anyone.
        _killed = Path.Combine(Imports, $"{Guid.NewGuid():N}.xml");
        File.Copy(WordPressImports.ExportPath, _killed);
        await File.WriteAllBytesAsync(Path.ChangeExtension(_killed, null) + "-uploads.zip", [0x50, 0x4B, 0x05, 0x06], Cancel);
        var killed = ImportUploadMarker.Create(_killed, "larkhaven.xml", "Ada Admin", TimeProvider.System);
        killed.MoveTo(ImportUploadStage.Importing);
        killed.Release();
        // And an upload another running site (sharing the data folder) still holds.
        _runningExport = Path.Combine(Imports, $"{Guid.NewGuid():N}.xml");
        File.Copy(WordPressImports.ExportPath, _runningExport);
        _running = ImportUploadMarker.Create(_runningExport, "other.xml", "Ben Admin", TimeProvider.System);

        await _host.InitializeAsync();
    }

    [Fact]
    public async Task The_next_start_deletes_the_upload_records_it_and_the_import_page_tells_admins()
    {
        Assert.False(File.Exists(_killed));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Imports, Path.GetFileNameWithoutExtension(_killed) + "*"));
        Assert.True(File.Exists(_runningExport));
        var entry = await _host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.WordPressImportInterrupted, Cancel));
        Assert.StartsWith("An import of larkhaven.xml was interrupted at ", entry.Details, StringComparison.Ordinal);
        Assert.Contains("; its upload was deleted.", entry.Details, StringComparison.Ordinal);

        using var admin = await NewsroomSession.SignInAsync(_host, NewsroomRole.Admin);
        var page = await admin.Client.GetStringAsync(new Uri("/newsroom/import", UriKind.Relative), Cancel);

        Assert.Contains(System.Net.WebUtility.HtmlEncode(entry.Details), page, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        _running?.Dispose();
        await _host.DisposeAsync();
    }
}
