using System.Net;
using Byline.Accounts;
using Byline.Caching.HotPages;
using Byline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>A publish, from anywhere, evicts what it changes: here, an import made from the newsroom's page.</summary>
public sealed class ImportEvictionTests(EmptySiteHost host) : IClassFixture<EmptySiteHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Story = "ferry-timetable-changes";

    /// <summary>The sitemap index names the stories' sitemaps, which a site without stories does not have yet.</summary>
    private const string Sitemap = "/sitemap.xml";
    private const string StorySitemap = "sitemap-articles-1.xml";

    private static readonly string[] PublicPages = ["/", "/feed", Sitemap];

    [Fact]
    public async Task A_newsroom_import_shows_its_stories_on_the_cached_front_page_feed_and_sitemap_at_once()
    {
        foreach (var path in PublicPages)
        {
            Assert.DoesNotContain(path == Sitemap ? StorySitemap : Story, await ReadAsync(path), StringComparison.Ordinal);
            Assert.True(IsHot(path), $"{path} was not cached after it was read");
        }

        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var posted = await WordPressImportPage.UploadAsync(admin, await File.ReadAllBytesAsync(WordPressImports.ExportPath, Cancel));
        await WordPressImportPage.WaitForReportAsync(admin, posted.Headers.Location!);
        using var started = await admin.Client.PostFormAsync(posted.Headers.Location!.OriginalString, new Dictionary<string, string>());
        Assert.Contains("The import is complete", await WordPressImportPage.WaitForReportAsync(admin, started.Headers.Location!), StringComparison.Ordinal);

        foreach (var path in PublicPages)
        {
            Assert.Contains(path == Sitemap ? StorySitemap : Story, await ReadAsync(path), StringComparison.Ordinal);
        }
        Assert.Contains(Story, await ReadAsync("/" + StorySitemap), StringComparison.Ordinal);
    }

    private async Task<string> ReadAsync(string path)
    {
        using var reader = host.CreateReader();
        using var response = await reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private bool IsHot(string path) =>
        host.Services.GetRequiredService<HotPageStore>()
            .Find(string.Concat("http://", host.BaseAddress.Authority.ToLowerInvariant(), path.ToLowerInvariant())) is not null;
}
