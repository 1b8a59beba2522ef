using System.CommandLine;
using System.Data.Common;
using Byline.Transfer.Markdown;

namespace Byline.Cli;

/// <summary>
/// <c>Byline export markdown DIR</c> and <c>Byline import markdown DIR</c>: stories as Markdown files with YAML front
/// matter and their images beside them, and back (see <see cref="MarkdownExporter"/> and <see cref="MarkdownImporter"/>).
/// A progress bar on stderr, the summary on stdout; a problem is one line on stderr (the file, line and field) and exit 1.
/// </summary>
internal static class MarkdownCommands
{
    public static Command Export(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to write: a new one, or an empty one." };
        var markdown = new Command("markdown", "Write every story as DIR/{slug}.md (YAML front matter, then the Markdown body) with its images in DIR/{slug}/.") { folder };
        markdown.SetAction((parsed, cancellationToken) => RunAsync("export markdown", createBuilder, async services =>
        {
            var exporter = ActivatorUtilities.CreateInstance<MarkdownExporter>(services);
            var result = await CommandProgress.ShowAsync("stories", progress => exporter.ExportAsync(parsed.GetValue(folder)!, progress, cancellationToken));
            Console.WriteLine($"Wrote {Counted.Of(result.Stories, "story", "stories")} and {Counted.Of(result.Images, "image", "images")} to {result.Folder}.");
            if (result.MissingImages > 0)
            {
                Console.WriteLine($"{Counted.Of(result.MissingImages, "image", "images")} the stories use {(result.MissingImages == 1 ? "was" : "were")} already missing from the media folder; left out.");
            }
            return BylineCommandLine.Success;
        }, cancellationToken));
        return markdown;
    }

    public static Command Import(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var folder = new Argument<string>("DIR") { Description = "A folder of story files, as 'Byline export markdown' writes them." };
        var markdown = new Command("markdown", "Add the stories of DIR/*.md in one go (all or nothing); stories whose slug the site already has are skipped.") { folder };
        markdown.SetAction((parsed, cancellationToken) => RunAsync("import markdown", createBuilder, async services =>
        {
            var importer = ActivatorUtilities.CreateInstance<MarkdownImporter>(services);
            var result = await CommandProgress.ShowAsync("stories", progress => importer.ImportAsync(parsed.GetValue(folder)!, progress, cancellationToken));
            Console.WriteLine(
                $"Imported {Counted.Of(result.Imported, "story", "stories")} and {Counted.Of(result.Images, "image", "images")}; " +
                $"skipped {Counted.Of(result.Skipped, "story", "stories")} the site already has (same slug).");
            return BylineCommandLine.Success;
        }, cancellationToken));
        return markdown;
    }

    private static async Task<int> RunAsync(
        string name,
        Func<string[], WebApplicationBuilder> createBuilder,
        Func<IServiceProvider, Task<int>> run,
        CancellationToken cancellationToken)
    {
        try
        {
            // Never the sample newsroom: an import into a new data folder holds the imported stories only, and the export
            // of a new data folder is of nothing.
            await using var app = await BylineCommandLine.OpenAsync(args => createBuilder([.. args, "--Byline:SampleContent=false"]), cancellationToken);
            await using var scope = app.Services.CreateAsyncScope();
            return await run(scope.ServiceProvider);
        }
        catch (Exception e) when (e is MarkdownInputException or IOException or UnauthorizedAccessException or DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"byline: {name}: {e.Message.ReplaceLineEndings(" ")}");
            return BylineCommandLine.UserError;
        }
    }
}
