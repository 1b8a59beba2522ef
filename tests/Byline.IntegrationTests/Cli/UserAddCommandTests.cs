using Byline.Accounts;
using Byline.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Cli;

/// <summary>
/// <c>Byline user add</c> as an operator runs it: the real built executable in a process of its own, its own data
/// folder, the password on standard input.
/// </summary>
public sealed class UserAddCommandTests : IDisposable
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("byline-cli-").FullName;

    [Fact]
    public async Task User_add_creates_a_member_who_exists_in_the_database()
    {
        var run = await RunAsync("correct horse battery staple\n",
            "user", "add", "--email", "cli.editor@newsroom.example.org", "--name", "Cleo Command", "--role", "editor", "--password-stdin");

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Contains("Cleo Command", run.Stdout, StringComparison.Ordinal);
        await using var db = OpenDatabase();
        var member = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "cli.editor@newsroom.example.org", TestContext.Current.CancellationToken);
        Assert.Equal("Cleo Command", member.DisplayName);
        Assert.Equal(NewsroomRole.Editor, member.Role);
        Assert.NotNull(member.PersonId);
        Assert.DoesNotContain("correct horse battery staple", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_exits_1_with_one_line_on_stderr()
    {
        var run = await RunAsync("too short\n",
            "user", "add", "--email", "short@newsroom.example.org", "--name", "Shorty", "--role", "author", "--password-stdin");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Single(lines);
        Assert.Contains("12", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_email_is_a_usage_error_with_exit_2()
    {
        var run = await RunAsync("correct horse battery staple\n",
            "user", "add", "--name", "Nobody", "--role", "author", "--password-stdin");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--email", run.Stderr, StringComparison.Ordinal);
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

    private Task<BylineProcess.Run> RunAsync(string stdin, params string[] arguments) => BylineProcess.RunAsync(_dataPath, stdin, arguments);
}
