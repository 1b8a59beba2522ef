using System.CommandLine;

namespace Byline.Cli;

/// <summary><c>Byline migrate</c>: brings the database schema up to date (the site also does this at start).</summary>
internal static class MigrateCommand
{
    public static Command Create(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var command = new Command("migrate", "Create the database or bring its schema up to date, then exit.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var app = await BylineCommandLine.OpenAsync(createBuilder, cancellationToken);
            Console.WriteLine("The database is up to date.");
            return BylineCommandLine.Success;
        });
        return command;
    }
}
