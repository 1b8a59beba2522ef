using System.Globalization;
using Byline.Accounts;
using Byline.Media;
using Byline.Publishing;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.WordPress;

/// <summary>
/// Undoes what an import staged when it does not complete (see <see cref="WordPressImportStaging"/>): its own failure or
/// dry run, or, found at the next start or import, a run whose process died. Each step is a short transaction of its
/// own, and the marks go last, so an undo that is itself cut short is finished by the next one.
/// </summary>
public sealed class WordPressImportLeftovers(
    BylineDb db,
    StagedStoryRemoval stories,
    IMediaStore store,
    AuditLog audit,
    TimeProvider clock,
    ILogger<WordPressImportLeftovers> logger)
{
    private const int Chunk = 500;
    private static readonly Actor Cleaner = Actor.System("WordPress import");

    /// <summary>Undoes every import whose process is gone, with an audit entry for each; returns how many there were.</summary>
    public async Task<int> CleanUpAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var abandoned = (await RunsAsync(cancellationToken)).Where(r => !StagedImportRun.IsRunning(r, now)).ToList();
        foreach (var run in abandoned)
        {
            var removed = await DiscardAsync(run.Source, cancellationToken);
            await audit.RecordAsync(Cleaner, AuditActions.WordPressImportDiscarded, null, string.Create(CultureInfo.InvariantCulture,
                $"An import from {StagedImportRun.SiteOf(run.Source)}, last active at {run.ImportedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC, stopped before it was complete: the {removed:N0} stories it had written out of sight were removed."),
                cancellationToken);
            logger.LogWarning("Removed what an interrupted WordPress import had staged ({StoryCount} stories)", removed);
        }
        return abandoned.Count;
    }

    /// <summary>When the import running now (in any process) last wrote; null when none runs.</summary>
    public async Task<DateTimeOffset?> RunningAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await RunsAsync(cancellationToken)).Where(r => StagedImportRun.IsRunning(r, now)).Select(r => (DateTimeOffset?)r.ImportedAt).Max();
    }

    /// <summary>Removes everything the run of <paramref name="source"/> staged, then its marks; returns how many stories went.</summary>
    public async Task<int> DiscardAsync(string source, CancellationToken cancellationToken)
    {
        var marks = await db.ImportedItems.AsNoTracking().Where(i => i.Source == source)
            .Select(i => new { i.Id, i.Kind, i.LocalId }).ToListAsync(cancellationToken);
        List<int> Of(string kind) => marks.Where(m => m.Kind == kind).Select(m => m.LocalId).Distinct().ToList();

        var removed = await stories.RemoveAsync(Of(ImportKinds.Post), cancellationToken);
        foreach (var chunk in Of(StagedImportRun.MediaKind).Chunk(Chunk))
        {
            var items = await db.MediaItems.AsNoTracking().Where(m => chunk.Contains(m.Id)).ToListAsync(cancellationToken);
            await db.MediaItems.Where(m => chunk.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
            await DeleteFilesAsync(items.SelectMany(MediaFileNames.All));
        }
        // People, tags and sections someone used meanwhile (a story written during the import) stay.
        foreach (var chunk in Of(StagedImportRun.PersonKind).Chunk(Chunk))
        {
            await db.People.Where(p => chunk.Contains(p.Id) && !db.ArticleAuthors.Any(a => a.PersonId == p.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        foreach (var chunk in Of(StagedImportRun.TagKind).Chunk(Chunk))
        {
            await db.Tags.Where(t => chunk.Contains(t.Id) && !t.Articles.Any()).ExecuteDeleteAsync(cancellationToken);
        }
        foreach (var chunk in Of(StagedImportRun.SectionKind).Chunk(Chunk))
        {
            await db.Sections.Where(s => chunk.Contains(s.Id) && !db.AllArticles.Any(a => a.SectionId == s.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        // The run's own row goes last: until then, whoever starts next knows there is something to finish.
        foreach (var chunk in marks.Where(m => m.Kind != StagedImportRun.RunKind).Select(m => m.Id).Chunk(Chunk))
        {
            await db.ImportedItems.Where(i => chunk.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        await db.ImportedItems.Where(i => i.Source == source).ExecuteDeleteAsync(cancellationToken);
        return removed;
    }

    private Task<List<ImportedItem>> RunsAsync(CancellationToken cancellationToken) =>
        db.ImportedItems.AsNoTracking().Where(i => i.Kind == StagedImportRun.RunKind && i.Source.StartsWith(StagedImportRun.SourcePrefix))
            .ToListAsync(cancellationToken);

    private async Task DeleteFilesAsync(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            try
            {
                await store.DeleteAsync(name, CancellationToken.None);
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Could not delete the media file {MediaFile} of an import that did not complete", name);
            }
        }
    }
}
