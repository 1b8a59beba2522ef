using Byline.Testing;

namespace Byline.IntegrationTests.Search;

/// <summary>
/// The same archive (the sample site and <see cref="SearchArchive"/>) on SQLite and on PostgreSQL finds the same stories
/// for every query of a fixed list: the same count, the same set, and the same order when sorted by date.
/// </summary>
public sealed class SearchEngineAgreementTests
{
    private static string? Server =>
        TestPostgres.ConnectionString
        ?? (Environment.GetEnvironmentVariable("BYLINE_TEST_POSTGRES_NODES") is { Length: > 0 } nodes ? nodes : null);

    public static readonly string[] Queries =
    [
        "harbour", "tram", "council", "Saltmarsh", "harbour council", "night trams", "\"night trams\"", "saltm*", "counc*",
        "city -tram", "Okonkwo", "Rodriguez", "Rodríguez Brindlewick", "glass lantern festival", "\"glass lantern festival\"",
        "zanderfish -budget", "zanderfish -\"record zanderfish\"", "venez*", "quellp*", "Tamsin quarry", "Tamsin watch",
        "Tamsin sport", "Kestrelbay", "orbitwheel", "Gorsemere", "pagewort", "2am", "310,000", "O'Brien", "four-day",
        "\"the council\"", "wren estuary", "lifeguards -swim", "jazz*", "bird count", "NEAR(harbour tram)", "title:tram",
    ];

    [Fact]
    public async Task Sqlite_and_postgres_find_the_same_stories_for_every_query()
    {
        TestServices.Require(Server is not null, "PostgreSQL (BYLINE_TEST_POSTGRES or BYLINE_TEST_POSTGRES_NODES)");
        var database = TestPostgres.NewDatabaseName();
        var sqlite = new SearchArchiveHost();
        sqlite.With("Byline:Database:Provider", "Sqlite");
        var postgres = new SearchArchiveHost();
        postgres.With("Byline:Database:Provider", "Postgres").With("ConnectionStrings:Byline", TestPostgres.ForDatabase(Server!, database));
        try
        {
            await sqlite.InitializeAsync();
            await postgres.InitializeAsync();

            var differences = new List<string>();
            foreach (var query in Queries)
            {
                var q = SearchClient.Q(query);
                var (sqliteTotal, sqliteNewest) = await FoundAsync(sqlite, q + "&sort=newest");
                var (postgresTotal, postgresNewest) = await FoundAsync(postgres, q + "&sort=newest");
                var (_, sqliteRelevant) = await FoundAsync(sqlite, q);
                var (_, postgresRelevant) = await FoundAsync(postgres, q);
                if (sqliteTotal != postgresTotal || !sqliteNewest.SequenceEqual(postgresNewest))
                {
                    differences.Add($"{query}: SQLite {sqliteTotal} [{string.Join(", ", sqliteNewest)}], PostgreSQL {postgresTotal} [{string.Join(", ", postgresNewest)}]");
                }
                else if (sqliteTotal <= 20 && !sqliteRelevant.Order(StringComparer.Ordinal).SequenceEqual(postgresRelevant.Order(StringComparer.Ordinal)))
                {
                    differences.Add($"{query} by relevance: SQLite [{string.Join(", ", sqliteRelevant)}], PostgreSQL [{string.Join(", ", postgresRelevant)}]");
                }
            }
            Assert.True(differences.Count == 0, "the engines disagree: " + string.Join("; ", differences));
            var (tramTotal, _) = await FoundAsync(sqlite, SearchClient.Q("tram"));
            Assert.True(tramTotal > 0, "the comparison must cover queries that find something");
        }
        finally
        {
            await sqlite.DisposeAsync();
            await postgres.DisposeAsync();
            await TestPostgres.DropAsync(Server!, database);
        }
    }

    private static async Task<(int Total, IReadOnlyList<string> Slugs)> FoundAsync(BylineHost host, string parameters)
    {
        using var json = await host.ApiAsync(parameters);
        return (json.RootElement.GetProperty("total").GetInt32(), SearchClient.SlugsOf(json));
    }
}
