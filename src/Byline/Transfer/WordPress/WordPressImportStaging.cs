using Byline.Comments;
using Byline.Content;
using Byline.Media;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.WordPress;

/// <summary>
/// Writes one import in short transactions, each marking what it wrote: <see cref="ImportedItem"/> rows under a source
/// of the run's own (<see cref="StagedImportRun.SourcePrefix"/>), for what the items became and for every section, tag,
/// person and media item the run created, plus a row naming the run's process and when it last wrote. A run that
/// completes renames its rows to the site's source in its last transaction; one that does not is undone from them
/// (<see cref="WordPressImportLeftovers"/>), by itself or by whoever starts next.
/// </summary>
internal sealed class WordPressImportStaging(BylineDb db, TimeProvider clock)
{
    private readonly List<(string Kind, string ExternalId, object Entity)> _unsaved = [];

    private readonly Guid _runId = Guid.NewGuid();
    private string _siteSource = "";

    /// <summary>The source the run's rows carry until it completes.</summary>
    public string Source { get; private set; } = "";

    public async Task OpenAsync(string siteSource, CancellationToken cancellationToken)
    {
        _siteSource = siteSource;
        Source = StagedImportRun.SourceOf(_runId, siteSource);
        ActiveImportRuns.Add(_runId);
        db.ImportedItems.Add(StagedImportRun.Row(Source, clock.GetUtcNow()));
        await SaveAsync(cancellationToken);
    }

    /// <summary>The run is over (complete, undone, or failed): it no longer counts as running in this process.</summary>
    public void Close() => ActiveImportRuns.Remove(_runId);

    /// <summary>A row of the other system that became <paramref name="entity"/> (saved with it, so its id is known then).</summary>
    public void Remember(string kind, string externalId, object entity) => _unsaved.Add((kind, externalId, entity));

    /// <summary>A section, tag, person or media item this run made, to be removed if the run does not complete.</summary>
    public void Created(object entity) => _unsaved.Add((StagedImportRun.CreatedKind(entity), "", entity));

    public ImportedItem Row(string kind, string externalId, int localId) => new()
    {
        Source = Source,
        Kind = kind,
        ExternalId = WordPressImportRun.Shorten(externalId, ImportedItem.ExternalIdMaxLength),
        LocalId = localId,
        ImportedAt = clock.GetUtcNow(),
    };

    /// <summary>
    /// Saves everything pending, with the rows that mark it, in one transaction (the caller's, when it has one); returns
    /// what the remembered items became.
    /// </summary>
    public async Task<IReadOnlyList<(string Kind, string ExternalId, int LocalId)>> SaveAsync(CancellationToken cancellationToken)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            var saved = new List<(string, string, int)>();
            foreach (var (kind, externalId, entity) in _unsaved)
            {
                var id = IdOf(entity);
                db.ImportedItems.Add(Row(kind, kind.StartsWith(StagedImportRun.CreatedPrefix, StringComparison.Ordinal) ? IdText(id) : externalId, id));
                saved.Add((kind, externalId, id));
            }
            _unsaved.Clear();
            var now = clock.GetUtcNow();
            await db.ImportedItems.Where(i => i.Source == Source && i.Kind == StagedImportRun.RunKind)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.ImportedAt, now), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Inside the import's last transaction: the rows become the site's, and the run's own marks go.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await db.ImportedItems.Where(i => i.Source == Source && StagedImportRun.OwnKinds.Contains(i.Kind)).ExecuteDeleteAsync(cancellationToken);
        await db.ImportedItems.Where(i => i.Source == Source).ExecuteUpdateAsync(u => u.SetProperty(i => i.Source, _siteSource), cancellationToken);
    }

    private static string IdText(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int IdOf(object entity) => entity switch
    {
        Article a => a.Id,
        Comment c => c.Id,
        Person p => p.Id,
        Section s => s.Id,
        Tag t => t.Id,
        MediaItem m => m.Id,
        _ => throw new InvalidOperationException($"An import does not make {entity.GetType().Name} rows."),
    };
}
