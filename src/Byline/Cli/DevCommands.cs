using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Byline.Cli.Dev;

namespace Byline.Cli;

/// <summary>
/// <c>Byline dev generate --articles N [--seed S]</c>: adds N synthetic published stories (see <see cref="SyntheticArchive"/>)
/// for testing search and paging at scale, with a progress bar on stderr. For development and benchmarks, never a real site.
/// </summary>
internal static class DevCommands
{
    public static Command Create(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var articles = new Option<int>("--articles")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"How many stories to add, 1 to {SyntheticArchive.MaxStories:N0}."),
            Required = true,
        };
        var seed = new Option<int>("--seed") { Description = "The same seed writes the same stories (default 1).", DefaultValueFactory = _ => 1 };
        var generate = new Command("generate",
            "Add synthetic published stories about the fictional city of Larkhaven, spread over 20 years and tagged \"Synthetic archive\", and index them for search.")
        {
            articles,
            seed,
        };
        generate.SetAction(async (parsed, cancellationToken) =>
        {
            var count = parsed.GetValue(articles);
            if (count is < 1 or > SyntheticArchive.MaxStories)
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"byline: dev generate: --articles must be from 1 to {SyntheticArchive.MaxStories:N0}, not {count}"));
                return BylineCommandLine.UsageError;
            }
            try
            {
                // The archive is synthetic only: an empty database does not get the sample newsroom first.
                await using var app = await BylineCommandLine.OpenAsync(args => createBuilder([.. args, "--Byline:SampleContent=false"]), cancellationToken);
                await using var scope = app.Services.CreateAsyncScope();
                var clock = Stopwatch.StartNew();
                var archive = ActivatorUtilities.CreateInstance<SyntheticArchive>(scope.ServiceProvider);
                var result = await CommandProgress.ShowAsync("stories", progress => archive.GenerateAsync(count, parsed.GetValue(seed), progress, cancellationToken));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Added {result.Stories:N0} synthetic stories (ids {result.FirstId}–{result.LastId}) in {clock.Elapsed.TotalSeconds:0.0} s, " +
                    $"with {result.NewSections} new sections, {result.NewAuthors} new authors and {result.NewTags} new tags; all are indexed for search."));
                Console.WriteLine("A running site shows them on its cached pages within the hour, or at once after a restart.");
                return BylineCommandLine.Success;
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
            {
                await Console.Error.WriteLineAsync($"byline: dev generate: {e.Message.ReplaceLineEndings(" ")}");
                return BylineCommandLine.UserError;
            }
        });
        return new Command("dev", "Tools for development and benchmarks.") { generate };
    }
}
