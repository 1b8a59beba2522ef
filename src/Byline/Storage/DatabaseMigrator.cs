using Byline.Site.Sample;
using Byline.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Byline.Storage;

/// <summary>Brings the database to the current schema at start, and seeds the sample site into an empty one.</summary>
public sealed class DatabaseMigrator(BylineDb db, SampleContentSeeder seeder, IArticleSearch search, IConfiguration configuration, ILogger<DatabaseMigrator> logger)
{
    /// <summary>The migration that creates the search index; a database that receives it has stories to index.</summary>
    private const string SearchIndexMigration = "SearchIndex";

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
        if (pending.Any(m => m.EndsWith("_" + SearchIndexMigration, StringComparison.Ordinal))
            && await db.Articles.AnyAsync(cancellationToken))
        {
            var indexed = await search.ReindexAllAsync(null, cancellationToken);
            logger.LogInformation("Built the search index: {ArticleCount} published stories", indexed);
        }

        var wantsSample = configuration.GetValue("Byline:SampleContent", defaultValue: true);
        if (wantsSample && !await db.Articles.AnyAsync(cancellationToken) && !await db.Sections.AnyAsync(cancellationToken))
        {
            var count = await seeder.SeedAsync(cancellationToken);
            logger.LogInformation("Seeded the sample site: {ArticleCount} stories", count);
        }
    }
}
