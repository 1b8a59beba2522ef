using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.Sample;

/// <summary>Seeds the sample site into an empty database, unless <c>Byline:SampleContent</c> is false.</summary>
public sealed class SampleSiteSeeding(BylineDb db, SampleContentSeeder seeder, IConfiguration configuration, ILogger<SampleSiteSeeding> logger)
    : IAfterMigration
{
    public async Task RunAsync(IReadOnlyCollection<string> appliedMigrations, CancellationToken cancellationToken)
    {
        var wantsSample = configuration.GetValue("Byline:SampleContent", defaultValue: true);
        if (wantsSample && !await db.AllArticles.AnyAsync(cancellationToken) && !await db.Sections.AnyAsync(cancellationToken))
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var count = await seeder.SeedAsync(cancellationToken);
            // Every test host seeds the sample site: its cost is worth seeing in the log.
            logger.LogInformation("Seeded the sample site: {ArticleCount} stories in {ElapsedMs:0} ms", count,
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
