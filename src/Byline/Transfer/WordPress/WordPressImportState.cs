using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.WordPress;

/// <summary>
/// What the writers of one import share: where they write (the database, through the run's staging), the report, what
/// each WordPress item became (by kind and WordPress id, in earlier runs and this one), and when the run started.
/// </summary>
internal sealed class WordPressImportState(BylineDb db, WordPressImportStaging staging, WordPressImportReport report, DateTimeOffset now)
{
    private readonly Dictionary<(string Kind, string ExternalId), int> _imported = [];

    public BylineDb Db => db;

    public WordPressImportStaging Staging => staging;

    public WordPressImportReport Report => report;

    public DateTimeOffset Now => now;

    public WordPressMarkdown Markdown { get; } = new();

    public IReadOnlyDictionary<(string Kind, string ExternalId), int> Imported => _imported;

    /// <summary>Loads what earlier runs of the same site's exports imported.</summary>
    public async Task StartAsync(string source, CancellationToken cancellationToken)
    {
        foreach (var row in await db.ImportedItems.AsNoTracking().Where(i => i.Source == source)
                     .Select(i => new { i.Kind, i.ExternalId, i.LocalId }).ToListAsync(cancellationToken))
        {
            _imported[(row.Kind, row.ExternalId)] = row.LocalId;
        }
    }

    /// <summary>What <paramref name="externalId"/> became, written down for later runs.</summary>
    public void Record(string kind, string externalId, int localId)
    {
        _imported[(kind, externalId)] = localId;
        db.ImportedItems.Add(staging.Row(kind, externalId, localId));
    }

    /// <summary>What <paramref name="externalId"/> stands for in this run only (a dry run's image).</summary>
    public void RecordForThisRun(string kind, string externalId, int localId) => _imported[(kind, externalId)] = localId;

    /// <summary>Saves everything pending (see <see cref="WordPressImportStaging.SaveAsync"/>) and notes the ids it got.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        foreach (var (kind, externalId, id) in await staging.SaveAsync(cancellationToken))
        {
            _imported[(kind, externalId)] = id;
        }
    }
}
