using Byline.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Byline.Tests.Storage;

public sealed class MigrationsTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed: add a SQLite migration (see docs/architecture.md, Storage)");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed: add a PostgreSQL migration (see docs/architecture.md, Storage)");
    }

    [Fact]
    public void Both_engines_have_the_same_migrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(Names(sqlite), Names(postgres));
    }

    [Fact]
    public void The_SQLite_compiled_model_matches_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        AssertCompiledModelIsCurrent(db, "Sqlite");
    }

    [Fact]
    public void The_PostgreSQL_compiled_model_matches_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        AssertCompiledModelIsCurrent(db, "Postgres");
    }

    /// <summary>
    /// The running site uses the compiled model (it saves building the model at every start); a model change that was
    /// not compiled again would silently leave new columns unmapped.
    /// </summary>
    private static void AssertCompiledModelIsCurrent(DbContext db, string engine)
    {
        var compiled = db.Model;
        var built = db.GetService<IDesignTimeModel>().Model;
        var fix = $"the model changed: run `dotnet ef dbcontext optimize --context {db.GetType().Name} --output-dir Storage/CompiledModels/{engine} " +
            $"--namespace Byline.Storage.CompiledModels.{engine}` in src/Byline (see docs/architecture.md, Storage)";

        Assert.Equal($"Byline.Storage.CompiledModels.{engine}", compiled.GetType().Namespace);
        var expected = Shape(built);
        var actual = Shape(compiled);
        Assert.True(expected.SequenceEqual(actual), $"{fix}. Differences: {string.Join("; ", expected.Except(actual).Concat(actual.Except(expected)))}");
    }

    /// <summary>What the database sees of a model: tables, columns with their stored types, keys, indexes and foreign keys.</summary>
    private static List<string> Shape(IModel model) =>
        model.GetEntityTypes().SelectMany(e => Enumerable.Empty<string>()
                .Append($"{e.Name} in {e.GetTableName()}")
                .Concat(e.GetProperties().Select(p =>
                    $"{e.Name}.{p.Name}: {p.ClrType.Name} {p.GetRelationalTypeMapping().StoreType} null={p.IsNullable} max={p.GetMaxLength()} " +
                    $"converter={p.GetValueConverter()?.GetType().Name} generated={p.ValueGenerated}"))
                .Concat(e.GetKeys().Select(k => $"{e.Name} key {Names(k.Properties)} primary={k.IsPrimaryKey()}"))
                .Concat(e.GetIndexes().Select(i => $"{e.Name} index {Names(i.Properties)} unique={i.IsUnique}"))
                .Concat(e.GetForeignKeys().Select(f => $"{e.Name} foreign key {Names(f.Properties)} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior}")))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(",", properties.Select(p => p.Name));
}
