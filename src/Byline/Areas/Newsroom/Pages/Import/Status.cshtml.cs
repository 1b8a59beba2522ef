using System.Globalization;
using Byline.Content;
using Byline.Transfer.WordPress;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Import;

/// <summary>
/// One import's progress, refreshing itself every two seconds while it runs (a meta refresh: no script needed), then its
/// report; after a clean dry run, the button that starts the import of the same file.
/// </summary>
public sealed class StatusModel(WordPressImportJobs jobs, ArticleRenderer renderer) : NewsroomPageModel
{
    public WordPressImportJob Job { get; private set; } = null!;

    /// <summary>The job's state when the request began: the page shows one moment, even if the job ends while it renders.</summary>
    public WordPressImportJobState State { get; private set; }

    public string? ReportHtml { get; private set; }

    public int Percent => Job.Progress.KilobytesTotal == 0 ? 0 : (int)(Job.Progress.KilobytesRead * 100L / Job.Progress.KilobytesTotal);

    public string ProgressText => string.Create(CultureInfo.InvariantCulture,
        $"{Job.Progress.KilobytesRead:N0} KB of {Job.Progress.KilobytesTotal:N0} KB read ({Percent}%)");

    public IActionResult OnGet(Guid id)
    {
        if (jobs.Find(id) is not { } job)
        {
            return NotFound();
        }
        Job = job;
        State = job.State;
        if (State == WordPressImportJobState.Finished && job.Result is { } report)
        {
            ReportHtml = renderer.Render(report.ToMarkdown(), BodyImages.None).Html;
        }
        return Page();
    }

    public IActionResult OnPost(Guid id)
    {
        if (jobs.Find(id) is not { DryRun: true, State: WordPressImportJobState.Finished } dryRun || !System.IO.File.Exists(dryRun.StoredPath))
        {
            return NotFound();
        }
        var job = jobs.Start(dryRun.StoredPath, dryRun.UploadsArchivePath, dryRun.FileName, dryRun: false, Actor);
        return RedirectToPage("Status", new { id = job.Id });
    }
}
