using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Byline.Media;
using Byline.Search;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Byline.Transfer;

/// <summary>
/// <c>Byline import site FILE</c>: restores an archive of <see cref="SiteBackup"/> into an empty database on either
/// engine, keeping every primary key, all in one transaction: an archive that fails anywhere (bad JSON, a value out of
/// range, a count that does not add up) leaves the database as it was, and the error names the entry and the item.
/// The search index, which the archive does not carry (it is made from the stories), is rebuilt in the same transaction.
/// The image variants are written once every row is in, before the commit, and removed again if the commit fails.
/// </summary>
public sealed class SiteRestore(BylineDb db, IMediaStore media, IArticleSearch search)
{
    /// <summary>The progress name of the search index rebuild.</summary>
    public const string SearchIndexKind = "searchIndex";
    private const int BatchSize = 1000;
    private const int ProgressEvery = 50_000;

    public async Task<SiteRestoreResult> ImportAsync(string path, IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        await using var archive = await SiteArchiveReader.OpenAsync(path, cancellationToken);
        var written = new List<string>();
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(
                attemptToken => RestoreAsync(archive, written, progress, attemptToken), cancellationToken);
        }
        catch
        {
            await RemoveAsync(written);
            throw;
        }

        // Counted again after the commit, from the database itself, so the operator sees what is really there.
        var kinds = new List<RestoredKind>();
        foreach (var archived in archive.Manifest.Kinds)
        {
            var count = await ArchiveKinds.Find(archived.Name)!.CountAsync(db, cancellationToken);
            kinds.Add(new RestoredKind(archived.Name, archived.Count, count));
        }
        long present = 0;
        foreach (var name in written)
        {
            await using var file = await media.OpenReadAsync(name, cancellationToken);
            present += file is null ? 0 : 1;
        }
        kinds.Add(new RestoredKind(SiteBackup.MediaFilesKind, archive.Manifest.MediaFiles, present));
        return new SiteRestoreResult(archive.Manifest, kinds);
    }

    private async Task RestoreAsync(SiteArchiveReader archive, List<string> written, IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        // A retried attempt (PostgreSQL, after a dropped connection) starts from a clean slate.
        await RemoveAsync(written);
        written.Clear();
        db.ChangeTracker.Clear();
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await EnsureEmptyAsync(cancellationToken);

            var manifest = archive.Manifest;
            var mediaWidths = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
            foreach (var kind in ArchiveKinds.All.Where(k => k.IsArchived(manifest.WithCredentials)))
            {
                var archived = manifest.Kinds.Single(k => k.Name == kind.Name);
                await RestoreKindAsync(archive, kind, archived, manifest.WithCredentials, mediaWidths, progress, cancellationToken);
            }
            if (db.Database.IsNpgsql())
            {
                await ResetSequencesAsync(cancellationToken);
            }
            var indexed = await search.ReindexAllAsync(null, cancellationToken);
            progress?.Report(new TransferProgress(SearchIndexKind, indexed, Done: true));

            await WriteMediaAsync(archive, mediaWidths, written, progress, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private async Task EnsureEmptyAsync(CancellationToken cancellationToken)
    {
        var found = new List<string>();
        foreach (var kind in ArchiveKinds.All)
        {
            var count = await kind.CountAsync(db, cancellationToken);
            if (count > 0)
            {
                found.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {kind.Name}"));
            }
        }
        if (found.Count > 0)
        {
            throw new SiteTransferException(
                $"the database is not empty (it holds {string.Join(", ", found.Take(4))}{(found.Count > 4 ? ", …" : "")}): restore into an empty one, " +
                "a new data folder (Byline__DataPath) or a new PostgreSQL database, and if a site was started on it first, start it with Byline__SampleContent=false");
        }
    }

    private async Task RestoreKindAsync(
        SiteArchiveReader archive,
        ArchiveKind kind,
        ManifestKind archived,
        bool withCredentials,
        Dictionary<string, IReadOnlyList<int>> mediaWidths,
        IProgress<TransferProgress>? progress,
        CancellationToken cancellationToken)
    {
        var columns = kind.Columns(db, withCredentials).ToDictionary(c => c.JsonName, StringComparer.Ordinal);
        var keys = kind.EntityType(db).FindPrimaryKey()!.Properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long count = 0;
        var batch = new List<ArchiveItem>(BatchSize);
        await foreach (var item in archive.ReadAsync(archived, cancellationToken))
        {
            var entity = ArchiveRecords.Read(kind, item, columns, keys, seen);
            if (!withCredentials)
            {
                kind.RestoreWithoutCredentials(entity);
            }
            if (entity is MediaItem mediaItem)
            {
                mediaWidths[mediaItem.StorageKey] = mediaItem.Widths;
            }
            kind.Add(db, entity);
            batch.Add(item);
            count++;
            if (batch.Count == BatchSize)
            {
                await SaveAsync(kind, batch, keys, cancellationToken);
            }
            if (count % ProgressEvery == 0)
            {
                progress?.Report(new TransferProgress(kind.Name, count, Done: false));
            }
        }
        await SaveAsync(kind, batch, keys, cancellationToken);

        if (count != archived.Count)
        {
            throw new SiteTransferException(string.Create(CultureInfo.InvariantCulture,
                $"{archived.Files[^1]}: the archive holds {count} {kind.Name}, but {SiteArchive.ManifestEntry} says {archived.Count}"));
        }
        progress?.Report(new TransferProgress(kind.Name, count, Done: true));
    }

    private async Task SaveAsync(ArchiveKind kind, List<ArchiveItem> batch, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is not DbException { IsTransient: true })
        {
            // The database checks what the archive cannot say about one record alone: unique slugs, foreign keys.
            var which = batch.Count == 1
                ? ArchiveRecords.Where(batch[0], keys)
                : string.Create(CultureInfo.InvariantCulture, $"{batch[0].File}, one of items {batch[0].Number}–{batch[^1].Number}");
            var reason = (e.InnerException ?? e).Message.ReplaceLineEndings(" ");
            throw new SiteTransferException($"{which}: the database refused the {kind.Name} ({reason})", e);
        }
        db.ChangeTracker.Clear();
        batch.Clear();
    }

    /// <summary>
    /// Rows came in with their own ids, which PostgreSQL's identity sequences do not see: each sequence is set past the
    /// largest id, so the next story or comment gets a new one. (SQLite's AUTOINCREMENT keeps track by itself.)
    /// Table and column names come from the model, quoted by the provider; nothing in the SQL comes from the archive.
    /// </summary>
    private async Task ResetSequencesAsync(CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var text = db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(string))!;
        foreach (var kind in ArchiveKinds.All)
        {
            var entityType = kind.EntityType(db);
            if (entityType.FindPrimaryKey() is not { Properties: [var key] }
                || key.ValueGenerated != ValueGenerated.OnAdd
                || (key.ClrType != typeof(int) && key.ClrType != typeof(long)))
            {
                continue;
            }
            var table = entityType.GetTableName()!;
            var schema = entityType.GetSchema();
            var column = key.GetColumnName(StoreObjectIdentifier.Table(table, schema))!;
            var qualifiedTable = sql.DelimitIdentifier(table, schema);
            var statement =
                $"SELECT setval(pg_get_serial_sequence({text.GenerateSqlLiteral(qualifiedTable)}, {text.GenerateSqlLiteral(column)}), " +
                $"COALESCE(MAX({sql.DelimitIdentifier(column)}), 0) + 1, false) FROM {qualifiedTable}";
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
    }

    private async Task WriteMediaAsync(
        SiteArchiveReader archive,
        Dictionary<string, IReadOnlyList<int>> mediaWidths,
        List<string> written,
        IProgress<TransferProgress>? progress,
        CancellationToken cancellationToken)
    {
        var entries = archive.MediaEntries.OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
        foreach (var entry in entries)
        {
            if (!MediaFileNames.TryParse(entry.FullName[SiteArchive.MediaFolder.Length..], out var key, out var width, out _)
                || !mediaWidths.TryGetValue(key, out var widths) || !widths.Contains(width))
            {
                throw new SiteTransferException($"{entry.FullName}: no media item in the archive has this file");
            }
        }
        foreach (var entry in entries)
        {
            var name = entry.FullName[SiteArchive.MediaFolder.Length..];
            var content = await archive.ReadAllBytesAsync(entry, cancellationToken);
            // Nothing in the (empty) database refers to a file of this name: it is a leftover of an interrupted restore.
            await media.DeleteAsync(name, cancellationToken);
            written.Add(name);
            await media.SaveAsync(name, content, cancellationToken);
            if (written.Count % ProgressEvery == 0)
            {
                progress?.Report(new TransferProgress(SiteBackup.MediaFilesKind, written.Count, Done: false));
            }
        }
        progress?.Report(new TransferProgress(SiteBackup.MediaFilesKind, written.Count, Done: true));
    }

    private async Task RemoveAsync(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            try
            {
                await media.DeleteAsync(name, CancellationToken.None);
            }
            catch (IOException)
            {
                // Best effort: a file that cannot be removed now is never served (no row refers to it).
            }
        }
    }
}
