using System.CommandLine;
using Byline.Accounts;
using Byline.Outcomes;
using Microsoft.AspNetCore.Identity;

namespace Byline.Cli;

/// <summary>
/// <c>Byline user add --email E --name N --role R --password-stdin</c>, <c>Byline user reset-password --email E
/// --password-stdin</c> and <c>Byline user disable-2fa --email E</c>: the operator's way in, and back in.
/// </summary>
internal static class UserCommands
{
    private static readonly Actor CommandLine = Actor.System("Command line");

    public static Command Create(Func<string[], WebApplicationBuilder> createBuilder) =>
        new("user", "Manage newsroom members.") { AddCommand(createBuilder), ResetPasswordCommand(createBuilder), DisableTwoFactorCommand(createBuilder) };

    private static Command AddCommand(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var email = EmailOption("The member's email address; they sign in with it.");
        var name = new Option<string>("--name") { Description = "The name shown in bylines.", Required = true };
        var role = new Option<string>("--role") { Description = "admin, editor, author or contributor.", Required = true };
        role.AcceptOnlyFromAmong("admin", "editor", "author", "contributor");
        var passwordStdin = PasswordStdinOption();

        var add = new Command("add", "Add a newsroom member.") { email, name, role, passwordStdin };
        add.SetAction(async (parsed, cancellationToken) =>
        {
            if (await ReadPasswordAsync(parsed.GetValue(passwordStdin), cancellationToken) is not { } password)
            {
                return BylineCommandLine.UsageError;
            }
            await using var app = await BylineCommandLine.OpenAsync(createBuilder, cancellationToken);
            await using var scope = app.Services.CreateAsyncScope();
            var members = scope.ServiceProvider.GetRequiredService<NewsroomMembers>();
            var result = await members.CreateAsync(
                parsed.GetValue(email)!, parsed.GetValue(name)!, Enum.Parse<NewsroomRole>(parsed.GetValue(role)!, ignoreCase: true),
                password, CommandLine, cancellationToken);
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync($"byline: user add: {string.Join(" ", result.Errors)}");
                return BylineCommandLine.UserError;
            }
            Console.WriteLine($"Added {result.User!.DisplayName} <{result.User.Email}> as {result.User.Role.ToString().ToLowerInvariant()}.");
            return BylineCommandLine.Success;
        });
        return add;
    }

    private static Command ResetPasswordCommand(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var email = EmailOption("The email address the member signs in with.");
        var passwordStdin = PasswordStdinOption();
        var reset = new Command("reset-password", "Set a member's password; it also ends a lockout and their open sessions.") { email, passwordStdin };
        reset.SetAction(async (parsed, cancellationToken) =>
        {
            if (await ReadPasswordAsync(parsed.GetValue(passwordStdin), cancellationToken) is not { } password)
            {
                return BylineCommandLine.UsageError;
            }
            return await ChangeMemberAsync(createBuilder, "reset-password", parsed.GetValue(email)!, (administration, id) =>
                administration.SetPasswordAsync(id, password, CommandLine, "Set a new password from the command line", cancellationToken), cancellationToken);
        });
        return reset;
    }

    private static Command DisableTwoFactorCommand(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var email = EmailOption("The email address the member signs in with.");
        var disable = new Command("disable-2fa", "Turn off a member's two-factor sign-in (a lost authenticator); it ends their open sessions.") { email };
        disable.SetAction((parsed, cancellationToken) =>
            ChangeMemberAsync(createBuilder, "disable-2fa", parsed.GetValue(email)!, (administration, id) =>
                administration.DisableTwoFactorAsync(id, CommandLine, cancellationToken), cancellationToken));
        return disable;
    }

    /// <summary>Finds the member by email and applies <paramref name="change"/>, reporting as every command does.</summary>
    private static async Task<int> ChangeMemberAsync(Func<string[], WebApplicationBuilder> createBuilder, string command, string email,
        Func<MemberAdministration, int, Task<Outcome>> change, CancellationToken cancellationToken)
    {
        await using var app = await BylineCommandLine.OpenAsync(createBuilder, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var member = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email.Trim());
        var result = member is null ? Outcome.NotFound(MemberAdministration.NoSuchMember) : await change(scope.ServiceProvider.GetRequiredService<MemberAdministration>(), member.Id);
        switch (result.Kind)
        {
            case OutcomeKind.Done:
                Console.WriteLine(result.Message);
                return BylineCommandLine.Success;
            case OutcomeKind.NotFound:
                await Console.Error.WriteLineAsync($"byline: user {command}: no newsroom member has that email address");
                return BylineCommandLine.UserError;
            default:
                await Console.Error.WriteLineAsync($"byline: user {command}: {result.Message}");
                return BylineCommandLine.UserError;
        }
    }

    private static Option<string> EmailOption(string description) => new("--email") { Description = description, Required = true };

    private static Option<bool> PasswordStdinOption() => new("--password-stdin")
    {
        Description = "Read the password (at least 12 characters) from the first line of standard input.",
    };

    /// <summary>The first line of standard input, or null (after saying why) when --password-stdin was not given.</summary>
    private static async Task<string?> ReadPasswordAsync(bool passwordStdin, CancellationToken cancellationToken)
    {
        if (!passwordStdin)
        {
            await Console.Error.WriteLineAsync("byline: pass --password-stdin and the password on standard input (never as an argument, where other users can see it)");
            return null;
        }
        return (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
    }
}
