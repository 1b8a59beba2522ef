using System.IO.Compression;
using Byline.IntegrationTests.Cli;
using Byline.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer;

/// <summary>
/// <c>Byline export site</c> and <c>Byline import site</c> as an operator runs them: the real built executable in a
/// process of its own, on data folders of its own (SQLite).
/// </summary>
public sealed class SiteCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("byline-cli-site-").FullName;

    private string Original => Path.Combine(_folder, "original");
    private string Restored => Path.Combine(_folder, "restored");
    private string Backup => Path.Combine(_folder, "backup.zip");

    [Fact]
    public async Task Export_then_import_moves_the_site_and_prints_matching_counts()
    {
        Assert.Equal(0, (await RunAsync(Original, sampleContent: true, "migrate")).ExitCode);

        var export = await RunAsync(Original, sampleContent: false, "export", "site", Backup);

        Assert.True(export.ExitCode == 0, $"exit {export.ExitCode}: {export.Stderr}");
        Assert.Contains($"{Feeds.SampleSite.Stories.Count} stories", export.Stdout, StringComparison.Ordinal);
        Assert.Contains("keep it as private", export.Stdout, StringComparison.Ordinal);
        Assert.Contains("articles", export.Stderr, StringComparison.Ordinal);
        using (var zip = ZipFile.OpenRead(Backup))
        {
            Assert.NotNull(zip.GetEntry("manifest.json"));
            Assert.NotNull(zip.GetEntry("data/articles.json"));
        }

        var import = await RunAsync(Restored, sampleContent: true, "import", "site", Backup);

        Assert.True(import.ExitCode == 0, $"exit {import.ExitCode}: {import.Stderr}");
        Assert.Contains("every count matches the manifest", import.Stdout, StringComparison.Ordinal);
        Assert.Matches($@"articles\s+{Feeds.SampleSite.Stories.Count}\s+{Feeds.SampleSite.Stories.Count}", import.Stdout);
        await using var db = Open(Restored);
        Assert.Equal(Feeds.SampleSite.Stories.Count, await db.Articles.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_into_a_site_with_content_exits_1_with_one_line_and_keeps_the_content()
    {
        Assert.Equal(0, (await RunAsync(Original, sampleContent: true, "migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync(Original, sampleContent: false, "export", "site", Backup)).ExitCode);

        var import = await RunAsync(Original, sampleContent: false, "import", "site", Backup);

        Assert.Equal(1, import.ExitCode);
        var line = Assert.Single(Lines(import.Stderr));
        Assert.Contains("not empty", line, StringComparison.Ordinal);
        await using var db = Open(Original);
        Assert.Equal(Feeds.SampleSite.Stories.Count, await db.Articles.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_file_that_is_not_an_archive_exits_1_with_one_line_naming_the_problem()
    {
        var notes = Path.Combine(_folder, "notes.zip");
        await File.WriteAllTextAsync(notes, "These are my notes, not a backup.\n", TestContext.Current.CancellationToken);

        var import = await RunAsync(Restored, sampleContent: false, "import", "site", notes);

        Assert.Equal(1, import.ExitCode);
        var line = Assert.Single(Lines(import.Stderr));
        Assert.Contains("notes.zip is not a zip archive", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", import.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exporting_over_an_existing_file_exits_1_and_a_missing_file_argument_exits_2()
    {
        await File.WriteAllTextAsync(Backup, "an older backup", TestContext.Current.CancellationToken);

        var over = await RunAsync(Original, sampleContent: false, "export", "site", Backup);
        var missing = await RunAsync(Original, sampleContent: false, "export", "site");

        Assert.Equal(1, over.ExitCode);
        Assert.Contains("already exists", Assert.Single(Lines(over.Stderr)), StringComparison.Ordinal);
        Assert.Equal("an older backup", await File.ReadAllTextAsync(Backup, TestContext.Current.CancellationToken));
        Assert.Equal(2, missing.ExitCode);
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

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static SqliteBylineDb Open(string dataPath) => BylineProcess.Open(dataPath);

    private Task<BylineProcess.Run> RunAsync(string dataPath, bool sampleContent, params string[] arguments) =>
        BylineProcess.RunAsync(_folder, dataPath, sampleContent, arguments);
}
