using Byline.Content.Sample;
using Microsoft.EntityFrameworkCore;

namespace Byline.Storage;

/// <summary>Brings the database to the current schema at start, and seeds the sample site into an empty one.</summary>
public sealed class DatabaseMigrator(BylineDb db, SampleContentSeeder seeder, IConfiguration configuration, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers continue while a writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var wantsSample = configuration.GetValue("Byline:SampleContent", defaultValue: true);
        if (wantsSample && !await db.Articles.AnyAsync(cancellationToken) && !await db.Sections.AnyAsync(cancellationToken))
        {
            var count = await seeder.SeedAsync(cancellationToken);
            logger.LogInformation("Seeded the sample site: {ArticleCount} stories", count);
        }
    }
}
