using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer;

/// <summary>Moving a site from SQLite to PostgreSQL with the two commands' code: needs a PostgreSQL server.</summary>
public sealed class SiteBackupAcrossEnginesTests
{
    [Fact]
    public async Task A_sqlite_site_restored_on_postgresql_serves_the_same_pages_with_the_same_rows_and_sign_ins()
    {
        TestServices.Require(TestPostgres.AnyServer is not null, "a PostgreSQL server (BYLINE_TEST_POSTGRES or BYLINE_TEST_POSTGRES_NODES)");
        await using var source = new SqliteBackupSourceHost();
        await source.InitializeAsync();
        await using var target = new EmptySiteHost();
        target.OnPostgres(TestPostgres.AnyServer!);
        await target.InitializeAsync();
        Assert.True(await source.WithDatabaseAsync(db => Task.FromResult(db.Database.IsSqlite())), "the source runs on SQLite");
        Assert.True(await target.WithDatabaseAsync(db => Task.FromResult(db.Database.IsNpgsql())), "the target runs on PostgreSQL");

        var result = await RestoredSite.RestoreAsync(target, await source.ArchiveAsync(withCredentials: true));

        Assert.True(result.Matches, string.Join(", ", result.Kinds.Where(k => !k.Matches)));
        Assert.Equal("Sqlite", result.Manifest.SourceDatabase);
        Assert.Equal(await SiteRows.CountAsync(source), await SiteRows.CountAsync(target));
        Assert.Equal(SiteRows.MediaFiles(source), SiteRows.MediaFiles(target));
        // PostgreSQL keeps times to the microsecond, SQLite to 100 ns: the JSON feed, which prints every digit, shows the difference.
        await RestoredSite.AssertSamePublicSiteAsync(source, target, acrossEngines: true);
        Assert.True(await RestoredSite.SignsInAsync(target, BackupSourceHost.EditorEmail), "the editor could not sign in after the move");
        await RestoredSite.AssertNewRowsGetNewIdsAsync(target);
    }
}
