using Byline.Content;
using Byline.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Cli;

/// <summary>
/// <c>Byline dev generate</c> and <c>Byline search reindex</c> run as an operator runs them, on a SQLite data folder of
/// their own; the index is checked in the database file itself (the FTS5 table and its facts table).
/// </summary>
public sealed class SearchCommandTests : IDisposable
{
    private const int Stories = 30;
    private readonly string _dataPath = Directory.CreateTempSubdirectory("byline-cli-search-").FullName;

    [Fact]
    public async Task Dev_generate_adds_published_stories_that_are_indexed_and_shows_progress()
    {
        var run = await BylineProcess.RunAsync(_dataPath, _dataPath, false, "dev", "generate", "--articles", $"{Stories}");

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Contains($"Added {Stories} synthetic stories", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{Stories} / {Stories} stories", run.Stderr, StringComparison.Ordinal);
        await using var db = OpenDatabase();
        Assert.Equal(Stories, await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published, TestContext.Current.CancellationToken));
        Assert.Equal(Stories, await CountAsync("SELECT count(*) FROM ArticleSearchFacts"));
        Assert.Equal(Stories, await CountAsync("SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH 'tags : synthetic'"));
    }

    [Fact]
    public async Task Dev_generate_refuses_a_count_out_of_range_with_exit_2()
    {
        var run = await BylineProcess.RunAsync(_dataPath, _dataPath, false, "dev", "generate", "--articles", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--articles must be from 1 to 1,000,000", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_reindex_rebuilds_a_lost_index_and_drops_stories_no_longer_published()
    {
        var generated = await BylineProcess.RunAsync(_dataPath, _dataPath, false, "dev", "generate", "--articles", $"{Stories}");
        Assert.True(generated.ExitCode == 0, generated.Stderr);
        int unpublished;
        await using (var db = OpenDatabase())
        {
            unpublished = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(TestContext.Current.CancellationToken);
            await db.Articles.Where(a => a.Id == unpublished).ExecuteUpdateAsync(a => a.SetProperty(x => x.Status, ArticleStatus.Unpublished), TestContext.Current.CancellationToken);
        }
        // The index is lost (emptied) while one story was unpublished behind its back.
        await CountAsync("INSERT INTO ArticleSearch (ArticleSearch) VALUES ('delete-all'); DELETE FROM ArticleSearchFacts; SELECT 0");
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH 'synthetic'"));

        var run = await BylineProcess.RunAsync(_dataPath, _dataPath, false, "search", "reindex");

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Contains($"Indexed {Stories - 1} published stories", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("100%", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(Stories - 1, await CountAsync("SELECT count(*) FROM ArticleSearchFacts"));
        Assert.Equal(Stories - 1, await CountAsync("SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH 'synthetic'"));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM ArticleSearchFacts WHERE ArticleId = {unpublished}"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS later.
        }
    }

    private SqliteBylineDb OpenDatabase() =>
        new(new DbContextOptionsBuilder<SqliteBylineDb>().UseSqlite($"Data Source={Path.Combine(_dataPath, "byline.db")}").Options);

    private async Task<int> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataPath, "byline.db")}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
