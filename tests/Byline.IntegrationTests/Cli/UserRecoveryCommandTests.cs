using Byline.Accounts;
using Byline.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Cli;

/// <summary>
/// <c>Byline user reset-password</c> and <c>Byline user disable-2fa</c>: the operator's way back in for a member who is
/// locked out, forgot their password or lost their authenticator, run as the real executable on a data folder of its own.
/// </summary>
public sealed class UserRecoveryCommandTests : IDisposable
{
    private const string Email = "locked.out@newsroom.example.org";
    private const string OldPassword = "correct horse battery staple";
    private const string NewPassword = "a replacement passphrase from the console";

    private readonly string _dataPath = Directory.CreateTempSubdirectory("byline-cli-").FullName;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reset_password_sets_the_password_from_stdin_ends_the_lockout_and_the_sessions_and_is_audited()
    {
        await AddMemberAsync();
        var before = await MemberAsync();
        await using (var db = BylineProcess.Open(_dataPath))
        {
            await db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15)).SetProperty(u => u.AccessFailedCount, 5), Cancel);
        }

        var run = await RunAsync(NewPassword + "\n", "user", "reset-password", "--email", Email, "--password-stdin");

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Contains("Lena Lockout", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, run.Stdout + run.Stderr, StringComparison.Ordinal);
        var member = await MemberAsync();
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<StaffUser>().VerifyHashedPassword(member, member.PasswordHash!, NewPassword));
        Assert.Null(member.LockoutEnd);
        Assert.Equal(0, member.AccessFailedCount);
        Assert.NotEqual(before.SecurityStamp, member.SecurityStamp);
        await using var audit = BylineProcess.Open(_dataPath);
        Assert.True(await audit.AuditEntries.AnyAsync(e => e.Action == AuditActions.PasswordReset && e.Subject == $"user:{member.Id}", Cancel));
    }

    [Fact]
    public async Task A_password_the_newsroom_refuses_exits_1_with_one_line_and_keeps_the_old_one()
    {
        await AddMemberAsync();
        var before = await MemberAsync();

        var run = await RunAsync("too short\n", "user", "reset-password", "--email", Email, "--password-stdin");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("12", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.Equal(before.PasswordHash, (await MemberAsync()).PasswordHash);
    }

    [Theory]
    [InlineData("reset-password", "--password-stdin")]
    [InlineData("disable-2fa", null)]
    public async Task An_address_no_member_has_exits_1_with_one_line_and_no_stack_trace(string command, string? flag)
    {
        string[] arguments = flag is null
            ? ["user", command, "--email", "nobody@newsroom.example.org"]
            : ["user", command, "--email", "nobody@newsroom.example.org", flag];

        var run = await RunAsync(NewPassword + "\n", arguments);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no newsroom member", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_password_without_password_stdin_is_a_usage_error_with_exit_2()
    {
        var run = await RunAsync(NewPassword + "\n", "user", "reset-password", "--email", Email);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--password-stdin", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_2fa_turns_off_two_factor_sign_in_ends_the_sessions_and_is_audited()
    {
        await AddMemberAsync();
        await using (var db = BylineProcess.Open(_dataPath))
        {
            await db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, true), Cancel);
        }
        var before = await MemberAsync();

        var run = await RunAsync("", "user", "disable-2fa", "--email", Email);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        var member = await MemberAsync();
        Assert.False(member.TwoFactorEnabled);
        Assert.NotEqual(before.SecurityStamp, member.SecurityStamp);
        Assert.Equal(before.PasswordHash, member.PasswordHash);
        await using var audit = BylineProcess.Open(_dataPath);
        Assert.True(await audit.AuditEntries.AnyAsync(e => e.Action == AuditActions.TwoFactorChanged && e.Subject == $"user:{member.Id}", Cancel));
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

    private async Task AddMemberAsync()
    {
        var run = await RunAsync(OldPassword + "\n", "user", "add", "--email", Email, "--name", "Lena Lockout", "--role", "author", "--password-stdin");
        Assert.True(run.ExitCode == 0, $"user add: exit {run.ExitCode}: {run.Stderr}");
    }

    private async Task<StaffUser> MemberAsync()
    {
        await using SqliteBylineDb db = BylineProcess.Open(_dataPath);
        return await db.Users.AsNoTracking().SingleAsync(u => u.Email == Email, Cancel);
    }

    private Task<BylineProcess.Run> RunAsync(string stdin, params string[] arguments) =>
        BylineProcess.RunWithInputAsync(_dataPath, _dataPath, sampleContent: false, stdin, arguments);
}
