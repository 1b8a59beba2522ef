using System.CommandLine;
using Byline.Accounts;

namespace Byline.Cli;

/// <summary><c>Byline user add --email E --name N --role R --password-stdin</c>.</summary>
internal static class UserCommands
{
    public static Command Create(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var email = new Option<string>("--email") { Description = "The member's email address; they sign in with it.", Required = true };
        var name = new Option<string>("--name") { Description = "The name shown in bylines.", Required = true };
        var role = new Option<string>("--role") { Description = "admin, editor, author or contributor.", Required = true };
        role.AcceptOnlyFromAmong("admin", "editor", "author", "contributor");
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Read the password (at least 12 characters) from the first line of standard input.",
        };

        var add = new Command("add", "Add a newsroom member.") { email, name, role, passwordStdin };
        add.SetAction(async (parsed, cancellationToken) =>
        {
            if (!parsed.GetValue(passwordStdin))
            {
                await Console.Error.WriteLineAsync("byline: pass --password-stdin and the password on standard input (never as an argument, where other users can see it)");
                return BylineCommandLine.UsageError;
            }
            var password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";

            await using var app = await BylineCommandLine.OpenAsync(createBuilder, cancellationToken);
            await using var scope = app.Services.CreateAsyncScope();
            var members = scope.ServiceProvider.GetRequiredService<NewsroomMembers>();
            var result = await members.CreateAsync(
                parsed.GetValue(email)!, parsed.GetValue(name)!, Enum.Parse<NewsroomRole>(parsed.GetValue(role)!, ignoreCase: true),
                password, Actor.System("Command line"), cancellationToken);
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync($"byline: user add: {string.Join(" ", result.Errors)}");
                return BylineCommandLine.UserError;
            }
            Console.WriteLine($"Added {result.User!.DisplayName} <{result.User.Email}> as {result.User.Role.ToString().ToLowerInvariant()}.");
            return BylineCommandLine.Success;
        });

        return new Command("user", "Manage newsroom members.") { add };
    }
}
