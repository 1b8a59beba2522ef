using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Byline.Search;

namespace Byline.Cli;

/// <summary><c>Byline search reindex</c>: rebuilds the search index from the published stories, with a progress bar on stderr.</summary>
internal static class SearchCommands
{
    public static Command Create(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var reindex = new Command("reindex",
            "Rebuild the search index from the published stories and drop entries of stories no longer published. The site can keep serving meanwhile.");
        reindex.SetAction(async (_, cancellationToken) =>
        {
            try
            {
                // Never seeds the sample newsroom: rebuilding an index is no reason to fill an empty database.
                await using var app = await BylineCommandLine.OpenAsync(args => createBuilder([.. args, "--Byline:SampleContent=false"]), cancellationToken);
                await using var scope = app.Services.CreateAsyncScope();
                var clock = Stopwatch.StartNew();
                var search = scope.ServiceProvider.GetRequiredService<IArticleSearch>();
                var count = await CommandProgress.ShowAsync("stories", progress => search.ReindexAllAsync(progress, cancellationToken));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Indexed {Counted.Of(count, "published story", "published stories")} in {clock.Elapsed.TotalSeconds:0.0} s."));
                return BylineCommandLine.Success;
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
            {
                await Console.Error.WriteLineAsync($"byline: search reindex: {e.Message.ReplaceLineEndings(" ")}");
                return BylineCommandLine.UserError;
            }
        });
        return new Command("search", "Manage the search index.") { reindex };
    }
}
