using Byline.Accounts;
using Byline.Content;
using Byline.IntegrationTests.Cli;
using Byline.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary><c>Byline import wordpress</c> as an operator runs it: the built executable on a SQLite data folder of its own.</summary>
public sealed class WordPressCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("byline-cli-wordpress-").FullName;

    private string DataPath => Path.Combine(_folder, "site");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dry_run_prints_and_saves_the_report_then_the_import_writes_and_a_second_run_skips_everything()
    {
        var export = Path.Combine(_folder, "larkhaven.xml");
        File.Copy(WordPressImports.ExportPath, export);
        var uploads = WordPressImports.MakeUploads(_folder);

        var dry = await BylineProcess.RunAsync(_folder, DataPath, false, "import", "wordpress", export, "--uploads", uploads, "--dry-run");

        Assert.True(dry.ExitCode == 0, $"exit {dry.ExitCode}: {dry.Stderr}");
        Assert.Contains("| posts | 7 | 0 | 1 |", dry.Stdout, StringComparison.Ordinal);
        Assert.Contains("nothing was written", await File.ReadAllTextAsync(Path.Combine(_folder, "larkhaven-dry-run-report.md"), Cancel), StringComparison.Ordinal);
        Assert.Contains("100%", dry.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db => db.Articles.CountAsync(Cancel)));

        var import = await BylineProcess.RunAsync(_folder, DataPath, false, "import", "wordpress", export, "--uploads", uploads, "--report", Path.Combine(_folder, "report.md"));

        Assert.True(import.ExitCode == 0, $"exit {import.ExitCode}: {import.Stderr}");
        Assert.Contains("| comments | 5 | 0 | 1 |", await File.ReadAllTextAsync(Path.Combine(_folder, "report.md"), Cancel), StringComparison.Ordinal);
        Assert.Equal(8, await CountAsync(db => db.Articles.CountAsync(Cancel)));
        Assert.Equal(1, await CountAsync(db => db.AuditEntries.CountAsync(e => e.Action == "wordpress-imported", Cancel)));

        var again = await BylineProcess.RunAsync(_folder, DataPath, false, "import", "wordpress", export, "--uploads", uploads);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("| posts | 0 | 7 | 1 |", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(8, await CountAsync(db => db.Articles.CountAsync(Cancel)));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<rss><channel>&b;</channel></rss>", "line 2, position 1: the file declares a DTD")]
    [InlineData("%PDF-1.4 not an export", "line 1, position 1: the file is not XML")]
    public async Task Bad_input_exits_1_with_one_line_naming_the_place_and_no_stack_trace(string content, string expected)
    {
        var file = Path.Combine(_folder, "bad.xml");
        await File.WriteAllTextAsync(file, content, Cancel);

        var run = await BylineProcess.RunAsync(_folder, DataPath, false, "import", "wordpress", file);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => l.StartsWith("byline:", StringComparison.Ordinal));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was imported.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_killed_midway_leaves_nothing_once_the_site_starts_again()
    {
        var export = GeneratedExport.Write(_folder, 4_000);
        using (var import = BylineProcess.Start(_folder, DataPath, false, "import", "wordpress", export))
        {
            var output = import.StandardError.ReadToEndAsync(Cancel);
            await WaitForAsync(async () => await CountAsync(db => db.Articles.CountAsync(a => a.Status == ArticleStatus.Importing, Cancel)) > 0);
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync(Cancel);
            await output;
        }
        Assert.True(await CountAsync(db => db.Articles.CountAsync(a => a.Status == ArticleStatus.Importing, Cancel)) > 0);
        Assert.Equal(0, await CountAsync(db => db.Articles.CountAsync(a => a.Status == ArticleStatus.Published, Cancel)));
        SqliteConnection.ClearAllPools();

        await using (var site = new EmptySiteHost().With("Byline:DataPath", DataPath).With("Byline:Database:Provider", "Sqlite"))
        {
            await site.InitializeAsync();
        }

        Assert.Equal(0, await CountAsync(db => db.Articles.CountAsync(Cancel)));
        Assert.Equal(0, await CountAsync(db => db.Sections.CountAsync(s => s.Slug.StartsWith("generated"), Cancel)));
        Assert.Equal(0, await CountAsync(db => db.Tags.CountAsync(Cancel)));
        Assert.Equal(0, await CountAsync(db => db.People.CountAsync(Cancel)));
        Assert.Equal(0, await CountAsync(db => db.ImportedItems.CountAsync(Cancel)));
        var discarded = await CountAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.WordPressImportDiscarded && e.Details.Contains(GeneratedExport.SourceSite), Cancel));
        Assert.Equal(1, discarded);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 1_200; attempt++)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // The command is still creating the database.
            }
            await Task.Delay(100, Cancel);
        }
        Assert.Fail("the import did not start writing within two minutes");
    }

    private async Task<int> CountAsync(Func<SqliteBylineDb, Task<int>> count)
    {
        await using var db = new SqliteBylineDb(new DbContextOptionsBuilder<SqliteBylineDb>().UseSqlite($"Data Source={Path.Combine(DataPath, "byline.db")}").Options);
        return await count(db);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS later.
        }
    }
}
