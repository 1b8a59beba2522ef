using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Search;

/// <summary>Indexes every published story when the migration that creates the index arrives in a database that has stories.</summary>
public sealed class SearchIndexBuild(BylineDb db, IArticleSearch search, ILogger<SearchIndexBuild> logger) : IAfterMigration
{
    private const string SearchIndexMigration = "SearchIndex";

    public async Task RunAsync(IReadOnlyCollection<string> appliedMigrations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appliedMigrations);
        if (appliedMigrations.Any(m => m.EndsWith("_" + SearchIndexMigration, StringComparison.Ordinal))
            && await db.Articles.AnyAsync(cancellationToken))
        {
            var indexed = await search.ReindexAllAsync(null, cancellationToken);
            logger.LogInformation("Built the search index: {ArticleCount} published stories", indexed);
        }
    }
}
