using System.Collections.Concurrent;
using Byline.Accounts;
using Byline.Storage;

namespace Byline.Transfer.WordPress;

/// <summary>
/// Runs the newsroom's imports in the background, one at a time (a second waits for the first: one import runs per
/// site), and keeps their progress and reports in memory for the status page. The jobs live on the node that took the
/// upload; behind a load balancer the import page needs sticky sessions, or use the command line. Each upload has a
/// marker (<see cref="ImportUploadMarker"/>) for as long as it is kept, so that a site stopped in the middle leaves
/// nothing the next start does not find (<see cref="WordPressImportRecovery"/>).
/// </summary>
public sealed class WordPressImportJobs(
    IServiceScopeFactory scopes,
    DataFolder dataFolder,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<WordPressImportJobs> logger) : IDisposable
{
    private readonly ConcurrentDictionary<Guid, WordPressImportJob> _jobs = new();
    private readonly ConcurrentDictionary<string, ImportUploadMarker> _markers = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Where uploaded exports are kept: inside the data folder, never served.</summary>
    public string UploadFolder => Path.Combine(dataFolder.Path, "imports");

    public WordPressImportJob? Find(Guid id) => _jobs.GetValueOrDefault(id);

    public WordPressImportJob Start(string storedPath, string? uploadsArchivePath, string fileName, bool dryRun, Actor actor)
    {
        var job = new WordPressImportJob(Guid.NewGuid(), storedPath, uploadsArchivePath, fileName, dryRun, actor);
        _jobs[job.Id] = job;
        if (_markers.TryGetValue(storedPath, out var marker))
        {
            marker.MoveTo(dryRun ? ImportUploadStage.Checking : ImportUploadStage.Importing);
        }
        else
        {
            _markers[storedPath] = ImportUploadMarker.Create(storedPath, fileName, actor.Name, clock);
        }
        // The import outlives the upload's request: it must not run on that request's execution context.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => RunAsync(job));
        }
        return job;
    }

    public void Dispose()
    {
        _oneAtATime.Dispose();
        foreach (var marker in _markers.Values)
        {
            // Only the lock goes: a stop with an upload still here is for the next start to report.
            marker.Release();
        }
    }

    private async Task RunAsync(WordPressImportJob job)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await _oneAtATime.WaitAsync(stopping);
            var unpacked = job.UploadsArchivePath is null ? null : job.UploadsArchivePath + ".unpacked";
            try
            {
                if (unpacked is not null)
                {
                    await UploadsArchive.ExtractAsync(job.UploadsArchivePath!, unpacked, stopping);
                }
                await using var scope = scopes.CreateAsyncScope();
                var importer = ActivatorUtilities.CreateInstance<WordPressImporter>(scope.ServiceProvider);
                var progress = new MarkedProgress(job, _markers.GetValueOrDefault(job.StoredPath));
                var report = await importer.ImportAsync(job.StoredPath, new WordPressImportOptions(unpacked, job.DryRun, job.FileName), job.StartedBy, progress, stopping);
                job.Finish(report);
            }
            finally
            {
                if (unpacked is not null)
                {
                    ForgetFolder(unpacked);
                }
                _oneAtATime.Release();
            }
        }
        catch (InvalidDataException e)
        {
            job.Fail($"The uploads ZIP could not be unpacked: {e.Message} Nothing was imported.");
        }
        catch (WxrFormatException e)
        {
            job.Fail($"{job.FileName}: {e.Message} Nothing was imported.");
        }
        catch (WordPressImportException e)
        {
            job.Fail(e.Message);
        }
        catch (OperationCanceledException)
        {
            job.Fail("The site stopped during the import; nothing was imported. Start it again.");
        }
        catch (Exception e)
        {
            logger.LogError(e, "The WordPress import {ImportId} failed", job.Id);
            job.Fail("The import failed unexpectedly and nothing was imported; the site's log has the details.");
        }
        if (!job.DryRun || job.State == WordPressImportJobState.Failed)
        {
            // Only a clean dry run's files are needed again (by the import that follows it).
            Forget(job.StoredPath);
            if (job.UploadsArchivePath is not null)
            {
                Forget(job.UploadsArchivePath);
            }
            if (_markers.TryRemove(job.StoredPath, out var marker))
            {
                marker.Dispose();
            }
        }
        else if (_markers.TryGetValue(job.StoredPath, out var marker))
        {
            marker.MoveTo(ImportUploadStage.Checked);
        }
    }

    private void ForgetFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not delete the unpacked uploads {ImportFolder}", folder);
        }
    }

    private void Forget(string storedPath)
    {
        try
        {
            File.Delete(storedPath);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not delete the uploaded export {ImportFile}", storedPath);
        }
    }
}
