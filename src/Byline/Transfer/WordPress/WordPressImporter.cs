using System.Diagnostics;
using System.Globalization;
using Byline.Accounts;
using Byline.Comments;
using Byline.Media;
using Byline.Publishing;
using Byline.Search;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.WordPress;

/// <summary>
/// <c>Byline import wordpress FILE.xml</c> and the newsroom's import page: reads a WordPress export once, front to back.
/// It writes in short transactions (readers' comments go on meanwhile), everything out of sight
/// (<see cref="WordPressImportStaging"/>), then makes it all public in one last transaction through
/// <see cref="ArticlePublisher.PublishStagedAsync"/>. An import that fails, or a dry run, removes what it staged, so the
/// site is as it was; a dry run's report says exactly what the import would do. Items are matched by their WordPress ids
/// (<see cref="ImportedItem"/>): running the same file twice adds nothing, and a longer file adds only what is new.
/// </summary>
public sealed class WordPressImporter(
    BylineDb db,
    ArticlePublisher publisher,
    WordPressImportLeftovers leftovers,
    IArticleSearch search,
    StoryBodyRenderer renderer,
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

        // The commenter hash key is read (or made) by its own connection: before the import writes anything.
        await fingerprints.AvatarSeedAsync("", cancellationToken);
        await leftovers.CleanUpAsync(cancellationToken);
        if (await leftovers.RunningAsync(cancellationToken) is { } running)
        {
            throw new WordPressImportException(string.Create(CultureInfo.InvariantCulture,
                $"another WordPress import is running (it last wrote at {running.UtcDateTime:HH:mm:ss} UTC). Wait for it to finish, then start this one again; nothing was imported."));
        }

        var clockWatch = Stopwatch.StartNew();
        var storedFiles = new List<string>();
        var staging = new WordPressImportStaging(db, clock);
        try
        {
            // No retries (a run cannot be replayed from the middle of the file), and so transactions of its own are allowed.
            var report = await new StreamingExecutionStrategy(db).ExecuteAsync(async token =>
            {
                var state = new WordPressImportState(db, staging,
                    new WordPressImportReport { FileName = options.FileName ?? Path.GetFileName(path), DryRun = options.DryRun }, clock.GetUtcNow());
                var uploads = new WordPressUploadsFolder(state, store, renditions, options, actor, storedFiles);
                var run = new WordPressImportRun(state, uploads, renderer, fingerprints, actor);
                await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024))
                {
                    await run.RunAsync(file, progress, token);
                }
                if (options.DryRun)
                {
                    await leftovers.DiscardAsync(staging.Source, token);
                }
                else
                {
                    await publisher.PublishStagedAsync(run.StagedStories, actor, async inTransaction =>
                    {
                        await run.CompleteAsync(inTransaction);
                        audit.Add(actor, AuditActions.WordPressImported, null, run.Report.Summary());
                        await db.SaveChangesAsync(inTransaction);
                    }, token);
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
            await UndoAsync(staging, storedFiles);
            throw;
        }
        finally
        {
            staging.Close();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// What a failed run staged goes, and the image files it wrote. Should the undo fail too, the next start or import
    /// finishes it (the run's marks stay until everything else is gone).
    /// </summary>
    private async Task UndoAsync(WordPressImportStaging staging, List<string> storedFiles)
    {
        db.ChangeTracker.Clear();
        try
        {
            if (staging.Source.Length > 0)
            {
                await leftovers.DiscardAsync(staging.Source, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Could not remove what a failed WordPress import had staged; the next start or import will");
        }
        foreach (var name in storedFiles)
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
