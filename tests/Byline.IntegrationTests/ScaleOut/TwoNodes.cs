using Byline.Testing;

namespace Byline.IntegrationTests.ScaleOut;

/// <summary>
/// Two Byline nodes on one PostgreSQL database and one Redis, like two app servers behind a load balancer. Needs
/// BYLINE_TEST_POSTGRES and BYLINE_TEST_REDIS; tests call <see cref="Require"/> first.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    /// <summary>BYLINE_TEST_POSTGRES_NODES (CI sets it in every run, so the SQLite run checks two nodes too), else BYLINE_TEST_POSTGRES.</summary>
    private static readonly string? Server =
        Environment.GetEnvironmentVariable("BYLINE_TEST_POSTGRES_NODES") is { Length: > 0 } nodes ? nodes : TestPostgres.ConnectionString;

    private readonly string? _database = Server is null ? null : TestPostgres.NewDatabaseName();

    public NodeHost A { get; private set; } = null!;
    public NodeHost B { get; private set; } = null!;

    public bool Available => _database is not null && TestServices.Redis is not null;

    public void Require() => TestServices.Require(Available, "PostgreSQL (BYLINE_TEST_POSTGRES_NODES or BYLINE_TEST_POSTGRES) and Redis (BYLINE_TEST_REDIS) for two nodes");

    public async ValueTask InitializeAsync()
    {
        if (!Available)
        {
            return;
        }
        var connection = TestPostgres.ForDatabase(Server!, _database!);
        var prefix = $"byline-test-{Guid.NewGuid():N}:";
        // A starts first and seeds the sample site; B finds the database ready.
        A = new NodeHost(connection, TestServices.Redis, prefix);
        await A.InitializeAsync();
        B = new NodeHost(connection, TestServices.Redis, prefix);
        await B.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!Available)
        {
            return;
        }
        await B.DisposeAsync();
        await A.DisposeAsync();
        await TestPostgres.DropAsync(Server!, _database!);
    }
}
