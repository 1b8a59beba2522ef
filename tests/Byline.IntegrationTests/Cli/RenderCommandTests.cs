using Byline.Content;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Cli;

/// <summary>
/// <c>Byline render</c> run as an operator runs it after an upgrade: bodies saved with an older renderer get today's
/// HTML (a quotation's source as its caption, typographic quotes), and nothing editorial about them changes.
/// </summary>
public sealed class RenderCommandTests : IDisposable
{
    private const string Markdown = "The harbourmaster said \"we're ready\" -- twice.\n\n> The tide waits for nobody.\n>\n> — Ines Vale, harbourmaster\n";
    private readonly string _dataPath = Directory.CreateTempSubdirectory("byline-cli-render-").FullName;

    [Fact]
    public async Task Render_rewrites_stale_bodies_of_stories_and_pages_and_leaves_versions_and_dates_alone()
    {
        var generated = await BylineProcess.RunAsync(_dataPath, _dataPath, false, "dev", "generate", "--articles", "3");
        Assert.True(generated.ExitCode == 0, generated.Stderr);
        // The synthetic stories are written without the renderer; a first run brings them to today's HTML.
        var first = await BylineProcess.RunAsync(_dataPath, _dataPath, false, "render");
        Assert.True(first.ExitCode == 0, first.Stderr);
        var cancellation = TestContext.Current.CancellationToken;
        int storyId, pageId;
        Article before;
        await using (var db = BylineProcess.Open(_dataPath))
        {
            storyId = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(cancellation);
            await db.Articles.Where(a => a.Id == storyId).ExecuteUpdateAsync(a => a
                .SetProperty(x => x.BodyMarkdown, Markdown)
                .SetProperty(x => x.BodyHtml, "<p>Rendered by an older Byline.</p>")
                .SetProperty(x => x.WordCount, 1), cancellation);
            before = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == storyId, cancellation);
            var page = new StaticPage
            {
                Title = "About the Larkhaven Ledger", Slug = "about-the-ledger", Kind = StaticPageKind.About, BodyMarkdown = Markdown,
                BodyHtml = "<p>Rendered by an older Byline.</p>", Published = true, CreatedAt = before.CreatedAt, UpdatedAt = before.CreatedAt,
            };
            db.StaticPages.Add(page);
            await db.SaveChangesAsync(cancellation);
            pageId = page.Id;
        }

        var run = await BylineProcess.RunAsync(_dataPath, _dataPath, false, "render");

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Contains("Rendered 3 stories and 1 page", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 story and 1 page changed", run.Stdout, StringComparison.Ordinal);
        await using (var db = BylineProcess.Open(_dataPath))
        {
            var after = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == storyId, cancellation);
            AssertRenderedToday(after.BodyHtml);
            Assert.Equal(14, after.WordCount);
            Assert.Equal(before.Version, after.Version);
            Assert.Equal(before.UpdatedAt, after.UpdatedAt);
            Assert.Equal(Markdown, after.BodyMarkdown);
            AssertRenderedToday(await db.StaticPages.Where(p => p.Id == pageId).Select(p => p.BodyHtml).SingleAsync(cancellation));
        }

        var again = await BylineProcess.RunAsync(_dataPath, _dataPath, false, "render");
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("0 stories and 0 pages changed", again.Stdout, StringComparison.Ordinal);
    }

    private static void AssertRenderedToday(string html)
    {
        var body = Html.Parse($"<body>{html}</body>");
        Assert.Equal("The harbourmaster said “we’re ready” – twice.", body.QuerySelector("p")!.TextContent);
        Assert.Equal("— Ines Vale, harbourmaster", body.QuerySelector("figure.quote figcaption")!.TextContent.Trim());
        Assert.Equal("The tide waits for nobody.", body.QuerySelector("figure.quote blockquote")!.TextContent.Trim());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS later.
        }
    }
}
