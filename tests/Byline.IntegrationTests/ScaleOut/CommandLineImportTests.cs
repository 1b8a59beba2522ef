using Byline.IntegrationTests.Transfer.WordPress;

namespace Byline.IntegrationTests.ScaleOut;

/// <summary>
/// A command-line import is another process on the site's settings: with Redis, its eviction reaches the pages every
/// node serves. Node A plays the command (the importer the CLI runs, on A's services); node B is the running site.
/// </summary>
public sealed class CommandLineImportTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Lists every story, however old: the imported ones are older than the sample site's.</summary>
    private static readonly Uri StorySitemap = new("/sitemap-articles-1.xml", UriKind.Relative);

    [Fact]
    public async Task An_import_run_beside_the_site_shows_in_its_cached_sitemap_at_once()
    {
        nodes.Require();
        using var readerOfB = nodes.B.CreateReader();
        // Read twice: the second answer comes from the shared cache.
        await readerOfB.GetStringAsync(StorySitemap, Cancel);
        Assert.DoesNotContain("ferry-timetable-changes", await readerOfB.GetStringAsync(StorySitemap, Cancel), StringComparison.Ordinal);

        await WordPressImports.ImportAsync(nodes.A, WordPressImports.ExportPath);

        Assert.Contains("ferry-timetable-changes", await readerOfB.GetStringAsync(StorySitemap, Cancel), StringComparison.Ordinal);
    }
}
