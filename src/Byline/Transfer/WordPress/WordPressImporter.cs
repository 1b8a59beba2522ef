using System.Diagnostics;
using Byline.Accounts;
using Byline.Comments;
using Byline.Content;
using Byline.Media;
using Byline.Search;
using Byline.Storage;

namespace Byline.Transfer.WordPress;

/// <summary>
/// <c>Byline import wordpress FILE.xml</c> and the newsroom's import page: reads a WordPress export once, front to back,
/// and writes everything in one transaction, so a problem anywhere leaves the site as it was. A dry run does the same
/// work and rolls it back, so its report says exactly what the import would do. Items are matched by their WordPress
/// ids (<see cref="ImportedItem"/>): running the same file twice adds nothing, and a longer file adds only what is new.
/// </summary>
public sealed class WordPressImporter(
    BylineDb db,
    IArticleSearch search,
    ArticleRenderer renderer,
    IMediaStore store,
    ImageRenditions renditions,
    CommenterFingerprints fingerprints,
    AuditLog audit,
    TimeProvider clock,
    ILogger<WordPressImporter> logger)
{
    public async Task<WordPressImportReport> ImportAsync(
        string path,
        WordPressImportOptions options,
        Actor actor,
        IProgress<WordPressImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(actor);
        if (!File.Exists(path))
        {
            throw new WordPressImportException($"{path}: no such file.");
        }
        if (options.UploadsPath is { } uploads && !Directory.Exists(uploads))
        {
            throw new WordPressImportException($"{uploads}: the uploads folder does not exist. Give the old site's wp-content/uploads folder.");
        }

        // The commenter hash key is read (or made) by its own connection: before the transaction, so SQLite's single
        // writer is not waiting on itself.
        await fingerprints.AvatarSeedAsync("", cancellationToken);

        var clockWatch = Stopwatch.StartNew();
        var storedFiles = new List<string>();
        try
        {
            var report = await db.InRetryableUnitAsync(async () =>
            {
                await RemoveFilesAsync(storedFiles);
                storedFiles.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var run = new WordPressImportRun(db, search, renderer, store, renditions, fingerprints, clock, options, actor, options.FileName ?? Path.GetFileName(path), storedFiles);
                await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024))
                {
                    await run.RunAsync(file, progress, cancellationToken);
                }
                if (options.DryRun)
                {
                    await transaction.RollbackAsync(cancellationToken);
                }
                else
                {
                    audit.Add(actor, AuditActions.WordPressImported, null, run.Report.Summary());
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                return run.Report;
            }, cancellationToken);
            report.Duration = clockWatch.Elapsed;
            if (!options.DryRun)
            {
                await search.CompactAsync(cancellationToken);
            }
            return report;
        }
        catch
        {
            await RemoveFilesAsync(storedFiles);
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Image variants written for an import that did not commit: nothing points at them, so they go.</summary>
    private async Task RemoveFilesAsync(List<string> names)
    {
        foreach (var name in names)
        {
            try
            {
                await store.DeleteAsync(name, CancellationToken.None);
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Could not delete the media file {MediaFile} of an import that was rolled back", name);
            }
        }
    }
}
