using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Byline.Transfer;
using Spectre.Console;

namespace Byline.Cli;

/// <summary>
/// <c>Byline export site FILE [--with-credentials]</c> and <c>Byline import site FILE</c>: the whole site into one
/// archive and back (see <see cref="SiteBackup"/> and <see cref="SiteRestore"/>). Progress goes to stderr, one line a
/// kind; the summary to stdout; a problem ends the run with one line on stderr and exit code 1.
/// </summary>
internal static class SiteCommands
{
    public static Command Export(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var file = new Argument<string>("FILE") { Description = "The archive to write, for example backup.zip; it must not exist yet." };
        var withCredentials = new Option<bool>("--with-credentials")
        {
            Description = "Also keep password hashes, two-factor keys and open invitations, so members can sign in to the restored site. Guard such a file like the database.",
        };
        var site = new Command("site", "Back up the whole site (stories, people, comments, media, settings, audit log) into one .zip archive while it keeps serving.")
        {
            file,
            withCredentials,
        };
        site.SetAction((parsed, cancellationToken) => RunAsync("export site", createBuilder, async (services, progress) =>
        {
            var clock = Stopwatch.StartNew();
            var backup = ActivatorUtilities.CreateInstance<SiteBackup>(services);
            var result = await backup.ExportAsync(parsed.GetValue(file)!, parsed.GetValue(withCredentials), progress, cancellationToken);
            var manifest = result.Manifest;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {result.Path}: {Size(result.Bytes)} in {clock.Elapsed.TotalSeconds:0.0} s; {Counted.Of(Count(manifest, "articles"), "story", "stories")}, " +
                $"{Counted.Of(Count(manifest, "comments"), "comment", "comments")}, {Counted.Of(Count(manifest, "staffUsers"), "staff member", "staff members")} " +
                $"{(manifest.WithCredentials ? "with their credentials" : "without credentials")}, {Counted.Of(manifest.MediaFiles, "media file", "media files")}."));
            if (manifest.MissingMediaFiles > 0)
            {
                Console.WriteLine($"{Counted.Of(manifest.MissingMediaFiles, "media file", "media files")} the library lists {(manifest.MissingMediaFiles == 1 ? "was" : "were")} already missing from the media folder; not in the archive.");
            }
            Console.WriteLine("It holds commenters' email addresses: keep it as private as the database.");
            return BylineCommandLine.Success;
        }, cancellationToken));
        return site;
    }

    public static Command Import(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var file = new Argument<string>("FILE") { Description = "An archive written by 'Byline export site'." };
        var site = new Command("site", "Restore a whole-site archive into an empty database (SQLite or PostgreSQL, as configured).") { file };
        site.SetAction((parsed, cancellationToken) => RunAsync("import site", createBuilder, async (services, progress) =>
        {
            var clock = Stopwatch.StartNew();
            var restore = ActivatorUtilities.CreateInstance<SiteRestore>(services);
            var result = await restore.ImportAsync(parsed.GetValue(file)!, progress, cancellationToken);

            var counts = new Table { Border = TableBorder.None }
                .AddColumn("kind")
                .AddColumn(new TableColumn("restored").RightAligned())
                .AddColumn(new TableColumn("manifest").RightAligned())
                .AddColumn("");
            foreach (var kind in result.Kinds)
            {
                counts.AddRow(new Text(kind.Name), Number(kind.Restored), Number(kind.Expected), new Text(kind.Matches ? "" : "differs"));
            }
            CommandConsole.Out().Write(counts);
            if (!result.Matches)
            {
                var differing = result.Kinds.Where(k => !k.Matches).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Name} {k.Restored} of {k.Expected}"));
                await Console.Error.WriteLineAsync($"byline: import site: the restored counts differ from the manifest: {string.Join(", ", differing)}");
                return BylineCommandLine.UserError;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Restored the backup of {result.Manifest.CreatedAt:yyyy-MM-dd HH:mm} UTC in {clock.Elapsed.TotalSeconds:0.0} s: every count matches the manifest."));
            if (!result.Manifest.WithCredentials)
            {
                Console.WriteLine("The backup was made without --with-credentials: staff members have no password and cannot sign in; add an admin with 'Byline user add'.");
            }
            return BylineCommandLine.Success;
        }, cancellationToken));
        return site;
    }

    private static async Task<int> RunAsync(
        string name,
        Func<string[], WebApplicationBuilder> createBuilder,
        Func<IServiceProvider, IProgress<TransferProgress>, Task<int>> run,
        CancellationToken cancellationToken)
    {
        try
        {
            // The command line never seeds the sample newsroom here: a restore needs an empty database, and the backup of
            // a new data folder is of nothing, not of the sample.
            await using var app = await BylineCommandLine.OpenAsync(args => createBuilder([.. args, "--Byline:SampleContent=false"]), cancellationToken);
            await using var scope = app.Services.CreateAsyncScope();
            return await run(scope.ServiceProvider, new StandardErrorProgress());
        }
        catch (Exception e) when (e is SiteTransferException or IOException or UnauthorizedAccessException or DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"byline: {name}: {e.Message.ReplaceLineEndings(" ")}");
            return BylineCommandLine.UserError;
        }
    }

    private static Text Number(long count) => new(count.ToString(CultureInfo.InvariantCulture));

    private static long Count(SiteArchiveManifest manifest, string kind) => manifest.Kinds.FirstOrDefault(k => k.Name == kind)?.Count ?? 0;

    private static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB");

    /// <summary>One line a kind on stderr, written as it happens (Progress&lt;T&gt; would post them out of order).</summary>
    private sealed class StandardErrorProgress : IProgress<TransferProgress>
    {
        public void Report(TransferProgress value) =>
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value.Kind,-18} {value.Count,10:N0}{(value.Done ? "" : " …")}"));
    }
}
