using System.Data;
using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using Byline.Media;
using Byline.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Byline.Transfer;

/// <summary>
/// <c>Byline export site FILE</c>: writes the whole site (every table, see <see cref="ArchiveKinds"/>, and the stored
/// image variants) into one archive while the site keeps serving. Everything is read inside one read-only transaction,
/// so the archive is one consistent moment of the site even when stories and comments arrive during the export, and
/// rows stream one at a time from the database into the zip (see <see cref="StreamingExecutionStrategy"/>), so memory
/// stays flat however large the archive is.
/// </summary>
public sealed class SiteBackup(BylineDb db, IMediaStore media, TimeProvider clock)
{
    public const string MediaFilesKind = "mediaFiles";
    private const int ProgressEvery = 50_000;

    /// <summary>Entries kept free for the manifest and the data parts (each up to <see cref="SiteArchive.PartBytes"/>).</summary>
    private const int DataEntriesAllowance = 1_000;

    /// <param name="path">The archive to create; an existing file is never overwritten.</param>
    /// <param name="withCredentials">Carry password hashes, security stamps, two-factor keys and invitations too.</param>
    public async Task<SiteBackupResult> ExportAsync(string path, bool withCredentials, IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var target = Path.GetFullPath(path);
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new SiteTransferException($"{path} already exists: give the backup a new name, or move the old file away first");
        }
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new SiteTransferException($"the folder {folder} does not exist");
        }

        // Written under a hidden temporary name and renamed when complete: FILE is either a whole archive or absent.
        var partial = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            var manifest = await new StreamingExecutionStrategy(db).ExecuteAsync(
                token => WriteArchiveAsync(partial, withCredentials, progress, token), cancellationToken);
            File.Move(partial, target, overwrite: false);
            return new SiteBackupResult(target, manifest, new FileInfo(target).Length);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private async Task<SiteArchiveManifest> WriteArchiveAsync(string partial, bool withCredentials, IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        DbTransaction? sqliteSnapshot = null;
        IDbContextTransaction? snapshot = null;
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            if (db.Database.GetDbConnection() is SqliteConnection sqlite)
            {
                // A deferred transaction takes no lock: in WAL mode it reads one snapshot from its first query on, while
                // the site goes on writing (BEGIN IMMEDIATE, the default, would hold the write lock for the whole export).
                sqliteSnapshot = sqlite.BeginTransaction(deferred: true);
                snapshot = await db.Database.UseTransactionAsync(sqliteSnapshot, cancellationToken);
            }
            else
            {
                snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
                await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken);
            }

            var createdAt = clock.GetUtcNow();
            await EnsureMediaFitsAsync(cancellationToken);
            await using var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
            SiteArchiveManifest manifest;
            await using (var zip = await ZipArchive.CreateAsync(file, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
            {
                var kinds = new List<ManifestKind>();
                foreach (var kind in ArchiveKinds.All.Where(k => k.IsArchived(withCredentials)))
                {
                    kinds.Add(await WriteKindAsync(zip, kind, withCredentials, createdAt, progress, cancellationToken));
                }
                var (mediaFiles, missingMediaFiles) = await WriteMediaAsync(zip, createdAt, progress, cancellationToken);

                manifest = new SiteArchiveManifest
                {
                    Format = SiteArchive.FormatName,
                    FormatVersion = SiteArchive.FormatVersion,
                    BylineVersion = SiteArchive.BylineVersion,
                    CreatedAt = createdAt,
                    SourceDatabase = db.Database.IsSqlite() ? nameof(DatabaseProvider.Sqlite) : nameof(DatabaseProvider.Postgres),
                    WithCredentials = withCredentials,
                    Notice = SiteArchive.PrivacyNotice,
                    Kinds = kinds,
                    MediaFiles = mediaFiles,
                    MissingMediaFiles = missingMediaFiles,
                };
                var entry = zip.CreateEntry(SiteArchive.ManifestEntry, CompressionLevel.Optimal);
                entry.LastWriteTime = createdAt;
                await using var manifestStream = await entry.OpenAsync(cancellationToken);
                await JsonSerializer.SerializeAsync(manifestStream, manifest, SiteArchive.IndentedJson, cancellationToken);
            }
            // A backup is worth something only once it is on the disk.
            file.Flush(flushToDisk: true);
            return manifest;
        }
        finally
        {
            // Read-only: nothing to keep.
            if (snapshot is not null)
            {
                await snapshot.RollbackAsync(CancellationToken.None);
                await snapshot.DisposeAsync();
            }
            if (sqliteSnapshot is not null)
            {
                await sqliteSnapshot.DisposeAsync();
            }
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<ManifestKind> WriteKindAsync(
        ZipArchive zip, ArchiveKind kind, bool withCredentials, DateTimeOffset createdAt, IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        var columns = kind.Columns(db, withCredentials);
        await using var writer = new KindPartWriter(zip, kind.Name, createdAt);
        await foreach (var row in kind.Rows(db).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(json =>
            {
                json.WriteStartObject();
                foreach (var column in columns)
                {
                    column.Write(json, row);
                }
                json.WriteEndObject();
            }, cancellationToken);
            if (writer.Count % ProgressEvery == 0)
            {
                progress?.Report(new TransferProgress(kind.Name, writer.Count, Done: false));
            }
        }
        await writer.CompleteAsync(cancellationToken);
        progress?.Report(new TransferProgress(kind.Name, writer.Count, Done: true));
        return new ManifestKind(kind.Name, writer.Count, [.. writer.Files]);
    }

    /// <summary>
    /// Every variant is one entry, and a restore accepts at most <see cref="SiteArchive.MaxEntries"/>: a library too large
    /// for that is refused now, before minutes of writing, rather than written into an archive no restore would read.
    /// </summary>
    private async Task EnsureMediaFitsAsync(CancellationToken cancellationToken)
    {
        long variants = 0;
        await foreach (var widths in db.MediaItems.AsNoTracking().Select(m => m.VariantWidths).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            variants += widths.Split(',', StringSplitOptions.RemoveEmptyEntries).Length * MediaFileNames.Extensions.Count;
        }
        if (variants > SiteArchive.MaxEntries - DataEntriesAllowance)
        {
            throw new SiteTransferException(
                $"the media library has {variants:N0} image files, more than one archive may hold ({SiteArchive.MaxEntries - DataEntriesAllowance:N0}); back up the media folder separately");
        }
    }

    /// <summary>Every stored variant of every media item, stored as is (images are compressed already).</summary>
    private async Task<(long Files, long Missing)> WriteMediaAsync(
        ZipArchive zip, DateTimeOffset createdAt, IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        long files = 0, missing = 0;
        var items = db.MediaItems.AsNoTracking().OrderBy(m => m.Id).AsAsyncEnumerable().WithCancellation(cancellationToken);
        await foreach (var item in items)
        {
            foreach (var name in MediaFileNames.All(item))
            {
                await using var content = await media.OpenReadAsync(name, cancellationToken);
                if (content is null)
                {
                    missing++;
                    continue;
                }
                if (content.CanSeek && content.Length > SiteArchive.MaxEntryBytes)
                {
                    throw new SiteTransferException($"the media file {name} is larger than {SiteArchive.MaxEntryBytes / (1024 * 1024)} MB, more than a restore accepts");
                }
                var entry = zip.CreateEntry(SiteArchive.MediaEntry(name), CompressionLevel.NoCompression);
                entry.LastWriteTime = createdAt;
                await using var stored = await entry.OpenAsync(cancellationToken);
                await content.CopyToAsync(stored, cancellationToken);
                files++;
            }
        }
        progress?.Report(new TransferProgress(MediaFilesKind, files, Done: true));
        return (files, missing);
    }
}
