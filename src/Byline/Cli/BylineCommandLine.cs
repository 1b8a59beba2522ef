using System.CommandLine;

namespace Byline.Cli;

/// <summary>
/// The same executable as the site, dispatched when its first argument names a command (<c>Byline user add …</c>).
/// Exit codes: 0 success, 1 a user error (one line on stderr), 2 a usage error.
/// </summary>
public static class BylineCommandLine
{
    public const int Success = 0;
    public const int UserError = 1;
    public const int UsageError = 2;

    private static readonly HashSet<string> Commands = ["user", "migrate", "export", "import", "search", "render", "dev", "--help", "-h", "-?", "--version"];

    public static bool Handles(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, Func<string[], WebApplicationBuilder> createBuilder)
    {
        ArgumentNullException.ThrowIfNull(createBuilder);
        var root = new RootCommand("Byline: the newsroom's publishing platform. Without a command, it runs the site.");
        root.Subcommands.Add(UserCommands.Create(createBuilder));
        root.Subcommands.Add(MigrateCommand.Create(createBuilder));
        root.Subcommands.Add(new Command("export", "Write the site out to files.") { SiteCommands.Export(createBuilder), MarkdownCommands.Export(createBuilder) });
        root.Subcommands.Add(new Command("import", "Read files into the site.") { SiteCommands.Import(createBuilder), MarkdownCommands.Import(createBuilder), WordPressCommands.Import(createBuilder) });
        root.Subcommands.Add(SearchCommands.Create(createBuilder));
        root.Subcommands.Add(RenderCommand.Create(createBuilder));
        root.Subcommands.Add(DevCommands.Create(createBuilder));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"byline: {error.Message}");
            }
            await Console.Error.WriteLineAsync("byline: see 'Byline --help'");
            return UsageError;
        }
        return await parsed.InvokeAsync();
    }

    /// <summary>Builds the application's services (configuration, database) without starting the web server.</summary>
    internal static async Task<WebApplication> OpenAsync(Func<string[], WebApplicationBuilder> createBuilder, CancellationToken cancellationToken)
    {
        var builder = createBuilder([]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Storage.DatabaseMigrator>().MigrateAsync(cancellationToken);
        return app;
    }
}
