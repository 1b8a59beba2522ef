using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Byline.Storage;

/// <summary>
/// Brings the database to the current schema at start, then lets the features finish it (<see cref="IAfterMigration"/>:
/// the sample site seeded into an empty database, the saved site settings loaded, the search index built when its
/// migration arrives).
/// </summary>
public sealed class DatabaseMigrator(BylineDb db, IEnumerable<IAfterMigration> followUps)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // A PostgreSQL database made by the first start does not exist yet: asking it for its migration history would
        // log a connection error. The creator's own check expects that error and stays
        // quiet, so the empty database is created first.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }
        // Likewise reading the history of a new database, before its history table exists, logs a failed command.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            // Only when there is something to apply: MigrateAsync also compares the whole model with the migrations'
            // snapshot, a few hundred milliseconds of every start that would otherwise find nothing to do.
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers continue while a writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        foreach (var followUp in followUps)
        {
            await followUp.RunAsync(pending, cancellationToken);
        }
    }
}
