namespace Byline.IntegrationTests.Transfer;

/// <summary>The backup source on SQLite even when the tests run on PostgreSQL: the site that moves across engines.</summary>
public sealed class SqliteBackupSourceHost : BackupSourceHost
{
    public SqliteBackupSourceHost()
    {
        With("Byline:Database:Provider", "Sqlite");
    }
}
