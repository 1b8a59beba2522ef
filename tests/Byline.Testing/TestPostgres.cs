using Npgsql;

namespace Byline.Testing;

/// <summary>The PostgreSQL server the tests may use (BYLINE_TEST_POSTGRES), one throwaway database per host.</summary>
public static class TestPostgres
{
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable("BYLINE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    /// <summary>BYLINE_TEST_POSTGRES, else BYLINE_TEST_POSTGRES_NODES (CI sets it in the SQLite run too): for tests that need PostgreSQL whatever the run's engine.</summary>
    public static string? AnyServer => ConnectionString
        ?? (Environment.GetEnvironmentVariable("BYLINE_TEST_POSTGRES_NODES") is { Length: > 0 } nodes ? nodes : null);

    public static string NewDatabaseName() => $"byline_test_{Guid.NewGuid():N}";

    public static string ForDatabase(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    public static Task DropAsync(string database) =>
        ConnectionString is { } server ? DropAsync(server, database) : Task.CompletedTask;

    public static async Task DropAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
