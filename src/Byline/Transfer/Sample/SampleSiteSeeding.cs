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
            var count = await seeder.SeedAsync(cancellationToken);
            logger.LogInformation("Seeded the sample site: {ArticleCount} stories", count);
        }
    }
}
