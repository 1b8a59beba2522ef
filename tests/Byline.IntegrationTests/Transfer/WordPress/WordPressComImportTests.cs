using System.Net;
using Byline.Transfer.WordPress;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>
/// A WordPress.com export (https namespaces, Greek percent-encoded slugs, permalinks with a doubled slash, a post without
/// <c>wp:post_id</c>) imported into an empty site, on SQLite or PostgreSQL.
/// </summary>
public sealed class WordPressComImportTests : IAsyncLifetime
{
    private readonly EmptySiteHost _host = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string ExportPath => Path.Combine(AppContext.BaseDirectory, "Transfer", "WordPress", "wordpress-com-export.xml");

    public async ValueTask InitializeAsync() => await _host.InitializeAsync();

    [Fact]
    public async Task An_export_that_binds_wp_to_the_https_namespace_is_imported_whole()
    {
        var report = await WordPressImports.ImportAsync(_host, ExportPath);

        Assert.Equal(4, report[WordPressImportReport.Posts].Imported);
        Assert.Equal(0, report[WordPressImportReport.Posts].NotImported);
        Assert.Equal(1, report[WordPressImportReport.Authors].Imported);
        Assert.Equal(2, report[WordPressImportReport.Categories].Imported);
        Assert.Equal("https://kythiracourier.wordpress.com", report.SourceSite);
        var harbour = await _host.WithDatabaseAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Headline == "Το λιμάνι ανοίγει ξανά", Cancel));
        Assert.Equal("Η προβλήτα επισκευάστηκε.", harbour.Standfirst);
    }

    [Fact]
    public async Task Greek_slugs_are_decoded_and_transliterated_and_a_slug_of_no_letters_it_can_spell_falls_back_to_the_post_id()
    {
        await WordPressImports.ImportAsync(_host, ExportPath);

        var slugs = await _host.WithDatabaseAsync(db => db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Headline, a => a.Slug, Cancel));
        var sections = await _host.WithDatabaseAsync(db => db.Sections.AsNoTracking().Select(s => s.Slug).OrderBy(s => s).ToListAsync(Cancel));

        Assert.Equal("to-limani", slugs["Το λιμάνι ανοίγει ξανά"]);
        Assert.Equal("to-limani-2", slugs["Το λιμάνι: οι νέες ώρες"]);
        Assert.Equal("post-13", slugs["新闻-2"]);
        Assert.Equal(["eidiseis", "greek", "uncategorized"], sections);
    }

    [Fact]
    public async Task Old_links_with_a_doubled_slash_and_greek_letters_answer_301_to_the_story()
    {
        await WordPressImports.ImportAsync(_host, ExportPath);
        using var reader = _host.CreateReader();

        var paths = await _host.WithDatabaseAsync(db => db.ArticleRedirects.AsNoTracking().Select(r => r.Path).ToListAsync(Cancel));
        using var greek = await reader.GetAsync(new Uri("/greek/%CF%84%CE%BF-%CE%BB%CE%B9%CE%BC%CE%AC%CE%BD%CE%B9-2/", UriKind.Relative), Cancel);

        Assert.DoesNotContain(paths, p => p.StartsWith("//", StringComparison.Ordinal));
        Assert.Contains("/greek/το-λιμάνι", paths);
        Assert.Equal(HttpStatusCode.MovedPermanently, greek.StatusCode);
        Assert.Equal("/eidiseis/2025/11/04/to-limani-2", greek.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_post_without_a_post_id_is_imported_and_found_again_by_its_guid_on_a_second_run()
    {
        var first = await WordPressImports.ImportAsync(_host, ExportPath);
        var again = await WordPressImports.ImportAsync(_host, ExportPath);

        Assert.Equal(1, await _host.WithDatabaseAsync(db => db.Articles.CountAsync(a => a.Slug == "ferry-strike-called-off", Cancel)));
        Assert.Contains(first.Issues, i => i.Item.Contains("Ferry strike called off", StringComparison.Ordinal) && i.Message.Contains("<guid>", StringComparison.Ordinal));
        Assert.Equal(0, again[WordPressImportReport.Posts].Imported);
        Assert.Equal(4, again[WordPressImportReport.Posts].AlreadyThere);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}
