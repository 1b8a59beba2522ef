using System.Data.Common;
using System.Globalization;
using Byline.Accounts;
using Byline.Site;
using Byline.Web;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.WordPress;

/// <summary>
/// At start, before the site serves anyone: removes what imports cut short by the last stop left behind, the stories
/// they had staged (<see cref="WordPressImportLeftovers"/>) and the exports uploaded for them
/// (<see cref="InterruptedUploads"/>), and records each in the audit log, which the import page shows.
/// </summary>
internal sealed class WordPressImportRecovery(
    IServiceScopeFactory scopes,
    WordPressImportJobs jobs,
    SiteTime siteTime,
    TimeProvider clock,
    ILogger<WordPressImportRecovery> logger) : IHostedService
{
    private static readonly Actor Recovery = Actor.System("WordPress import");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<WordPressImportLeftovers>().CleanUpAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseOutage.IsOutage(e) || e is DbException or DbUpdateException)
        {
            // The site starts all the same; the next start, or the next import, finishes the cleanup.
            logger.LogError(e, "Could not remove what an interrupted WordPress import had staged");
        }
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        foreach (var upload in InterruptedUploads.Clear(jobs.UploadFolder, clock, logger))
        {
            audit.Add(Recovery, AuditActions.WordPressImportInterrupted, null, Describe(upload));
            logger.LogWarning("Deleted an export uploaded for a WordPress import that the site's last stop interrupted");
        }
        await scope.ServiceProvider.GetRequiredService<Storage.BylineDb>().SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string Describe(ImportUploadRecord? upload)
    {
        if (upload is null)
        {
            return "An export uploaded for a WordPress import was left behind when the site stopped; it was deleted.";
        }
        var when = siteTime.DateAndTime(upload.LastActiveAt);
        var where = upload.Stage switch
        {
            ImportUploadStage.Checking => " during its dry run",
            ImportUploadStage.Checked => " after its dry run, before the import itself was started",
            _ => "",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"An import of {upload.FileName} was interrupted at {when}{where}; its upload was deleted. Upload the file again to import it.");
    }
}
