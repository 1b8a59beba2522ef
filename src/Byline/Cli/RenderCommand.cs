using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Byline.Publishing;

namespace Byline.Cli;

/// <summary><c>Byline render</c>: renders every stored body again from its Markdown after an upgrade (see <see cref="StoredBodyRendering"/>).</summary>
internal static class RenderCommand
{
    public static Command Create(Func<string[], WebApplicationBuilder> createBuilder)
    {
        var render = new Command("render",
            "Render every story's and page's stored HTML again from its Markdown, after an upgrade changes how bodies are rendered. The site can keep serving meanwhile.");
        render.SetAction(async (_, cancellationToken) =>
        {
            try
            {
                await using var app = await BylineCommandLine.OpenAsync(args => createBuilder([.. args, "--Byline:SampleContent=false"]), cancellationToken);
                await using var scope = app.Services.CreateAsyncScope();
                var clock = Stopwatch.StartNew();
                var rendering = ActivatorUtilities.CreateInstance<StoredBodyRendering>(scope.ServiceProvider);
                var result = await CommandProgress.ShowAsync("bodies", progress => rendering.RenderAllAsync(progress, cancellationToken));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Rendered {Counted.Of(result.Stories, "story", "stories")} and {Counted.Of(result.Pages, "page", "pages")} in {clock.Elapsed.TotalSeconds:0.0} s: " +
                    $"{Counted.Of(result.StoriesChanged, "story", "stories")} and {Counted.Of(result.PagesChanged, "page", "pages")} changed."));
                if (result.StoriesChanged + result.PagesChanged > 0)
                {
                    Console.WriteLine("Cached pages were evicted from the shared cache; a node with only its own memory cache shows the new HTML within the hour, or at once after a restart.");
                }
                return BylineCommandLine.Success;
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
            {
                await Console.Error.WriteLineAsync($"byline: render: {e.Message.ReplaceLineEndings(" ")}");
                return BylineCommandLine.UserError;
            }
        });
        return render;
    }
}
