using System.CommandLine;
using System.Data.Common;
using Byline.Accounts;
using Byline.Transfer.WordPress;

namespace Byline.Cli;

/// <summary>
/// <c>Byline import wordpress FILE.xml [--uploads DIR] [--dry-run] [--report FILE]</c>: imports a WordPress export (see
/// <see cref="WordPressImporter"/>) with a progress bar on stderr, prints the report and saves it as Markdown.
/// </summary>
internal static class WordPressCommands
{
    public static Command Import(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var file = new Argument<string>("FILE") { Description = "The export WordPress's Tools → Export wrote (WXR 1.0 to 1.2)." };
        var uploads = new Option<string?>("--uploads")
        {
            Description = "The old site's wp-content/uploads folder, copied here: its images go into the media library. Without it, only their details are reported.",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read everything and print the report, writing nothing." };
        var reportPath = new Option<string?>("--report")
        {
            Description = "Where to save the report as Markdown (default: next to FILE, as FILE-import-report.md or FILE-dry-run-report.md).",
        };
        var command = new Command("wordpress",
            "Import a WordPress export: posts and pages as stories, categories as sections, tags, authors as people, comments, images, and a 301 from every old link. Safe to run again: what is already there is skipped.")
        {
            file,
            uploads,
            dryRun,
            reportPath,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            var options = new WordPressImportOptions(parsed.GetValue(uploads), parsed.GetValue(dryRun));
            try
            {
                await using var app = await BylineCommandLine.OpenAsync(args => createBuilder([.. args, "--Byline:SampleContent=false"]), cancellationToken);
                await using var scope = app.Services.CreateAsyncScope();
                var importer = ActivatorUtilities.CreateInstance<WordPressImporter>(scope.ServiceProvider);
                var report = await CommandProgress.ShowAsync("KB", progress => importer.ImportAsync(path, options, Actor.System("Command line"), progress, cancellationToken));
                var markdown = report.ToMarkdown();
                var saveTo = parsed.GetValue(reportPath) ?? DefaultReportPath(path, options.DryRun);
                await File.WriteAllTextAsync(saveTo, markdown, cancellationToken);
                Console.WriteLine(markdown);
                Console.WriteLine($"The report is saved in {saveTo}.");
                return BylineCommandLine.Success;
            }
            catch (WxrFormatException e)
            {
                await Console.Error.WriteLineAsync($"byline: import wordpress: {path}: {e.Message} Nothing was imported.");
                return BylineCommandLine.UserError;
            }
            catch (Exception e) when (e is WordPressImportException or IOException or UnauthorizedAccessException or DbException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"byline: import wordpress: {e.Message.ReplaceLineEndings(" ")}");
                return BylineCommandLine.UserError;
            }
        });
        return command;
    }

    private static string DefaultReportPath(string file, bool dryRun)
    {
        var full = Path.GetFullPath(file);
        var stem = Path.Combine(Path.GetDirectoryName(full) ?? ".", Path.GetFileNameWithoutExtension(full));
        return stem + (dryRun ? "-dry-run-report.md" : "-import-report.md");
    }
}
