using System.Net;
using Byline.IntegrationTests.Newsroom;
using Byline.Transfer.WordPress;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>
/// Images inside post bodies: with the old uploads folder they become media items (one per file, the original rather
/// than WordPress's resized copy) and the story points at them; without it, or when a file is missing, the report says
/// which images still point at the old site.
/// </summary>
public sealed class WordPressBodyImageTests : IAsyncLifetime
{
    private const string OldUploads = "https://ledger.larkhaven.example/wp-content/uploads/";
    private const string PostWithImages = """
        <item>
        	<title><![CDATA[Lantern night, in pictures]]></title>
        	<link>https://ledger.larkhaven.example/2025/11/07/lantern-night-pictures/</link>
        	<dc:creator><![CDATA[mara]]></dc:creator>
        	<content:encoded><![CDATA[<p>The procession left the quay at dusk.</p>
        <p><a href="https://ledger.larkhaven.example/wp-content/uploads/2025/11/harbour-dawn.jpg"><img src="https://ledger.larkhaven.example/wp-content/uploads/2025/11/harbour-dawn-300x200.jpg" alt="The quay, earlier that morning" width="300" height="200" /></a></p>
        <figure class="wp-block-image"><img src="https://ledger.larkhaven.example/wp-content/uploads/2025/11/lantern-night.png" alt="Paper lanterns over the water" /><figcaption>Lanterns over the harbour.</figcaption></figure>
        <p><img src="https://ledger.larkhaven.example/wp-content/uploads/2025/10/gone.jpg" alt="A picture nobody kept" /></p>]]></content:encoded>
        	<wp:post_id>120</wp:post_id>
        	<wp:post_date_gmt><![CDATA[2025-11-07 20:00:00]]></wp:post_date_gmt>
        	<wp:post_name><![CDATA[lantern-night-pictures]]></wp:post_name>
        	<wp:status><![CDATA[publish]]></wp:status>
        	<wp:post_type><![CDATA[post]]></wp:post_type>
        	<category domain="category" nicename="culture"><![CDATA[Culture]]></category>
        </item>
        </channel>
        """;

    private readonly EmptySiteHost _host = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("byline-body-images-").FullName;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Images_in_a_post_become_media_items_once_each_and_the_story_shows_them_from_this_site()
    {
        var uploads = WordPressImports.MakeUploads(_folder);
        await File.WriteAllBytesAsync(Path.Combine(uploads, "2025", "11", "harbour-dawn-300x200.jpg"), MediaTestImages.Jpeg(300, 200), Cancel);
        await File.WriteAllBytesAsync(Path.Combine(uploads, "2025", "11", "lantern-night.png"), MediaTestImages.Png(900, 600), Cancel);
        var export = await WriteExportAsync();

        var report = await WordPressImports.ImportAsync(_host, export, uploads);

        Assert.Equal(2, await _host.WithDatabaseAsync(db => db.MediaItems.CountAsync(Cancel)));
        var media = await _host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().OrderBy(m => m.Id).ToListAsync(Cancel));
        Assert.Contains(media, m => m is { OriginalFileName: "harbour-dawn.jpg", Width: 1200 });
        Assert.Contains(media, m => m is { OriginalFileName: "lantern-night.png", AltText: "Paper lanterns over the water" });
        var body = await _host.WithDatabaseAsync(db => db.Articles.Where(a => a.Slug == "lantern-night-pictures").Select(a => a.BodyMarkdown).SingleAsync(Cancel));
        Assert.DoesNotContain(OldUploads + "2025/11/", body, StringComparison.Ordinal);
        Assert.Contains(OldUploads + "2025/10/gone.jpg", body, StringComparison.Ordinal);
        Assert.Contains(report.Issues, i => i.Item.StartsWith("120 ", StringComparison.Ordinal) && i.Message.Contains("gone.jpg", StringComparison.Ordinal));
        Assert.Equal(1, report[WordPressImportReport.BodyImages].NotImported);

        using var reader = _host.CreateReader();
        var story = await reader.GetDocumentAsync(await _host.PathOfAsync("lantern-night-pictures"));
        var sources = story.QuerySelectorAll("article img").Select(i => i.GetAttribute("src")!).ToList();
        var local = sources.Where(s => s.StartsWith("/media/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, local.Count);
        foreach (var source in local)
        {
            using var image = await reader.GetAsync(new Uri(source, UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        }
        var link = story.QuerySelectorAll("article a").Select(a => a.GetAttribute("href")).Single(h => h!.Contains("/media/", StringComparison.Ordinal));
        Assert.Contains(link, local);

        var again = await WordPressImports.ImportAsync(_host, WordPressImports.WriteLongerExport(_folder), uploads);
        Assert.Equal(2, await _host.WithDatabaseAsync(db => db.MediaItems.CountAsync(Cancel)));
        Assert.Equal(1, again[WordPressImportReport.Posts].Imported);
    }

    [Fact]
    public async Task Without_the_uploads_folder_the_report_names_each_story_whose_images_stay_on_the_old_site()
    {
        var report = await WordPressImports.ImportAsync(_host, await WriteExportAsync());

        Assert.Equal(0, await _host.WithDatabaseAsync(db => db.MediaItems.CountAsync(Cancel)));
        var note = Assert.Single(report.Issues, i => i.Item.StartsWith("120 ", StringComparison.Ordinal) && i.Message.Contains("--uploads", StringComparison.Ordinal));
        Assert.StartsWith("4 of its images", note.Message, StringComparison.Ordinal);
        var body = await _host.WithDatabaseAsync(db => db.Articles.Where(a => a.Slug == "lantern-night-pictures").Select(a => a.BodyMarkdown).SingleAsync(Cancel));
        Assert.Contains(OldUploads + "2025/11/lantern-night.png", body, StringComparison.Ordinal);
    }

    private async Task<string> WriteExportAsync()
    {
        var xml = await File.ReadAllTextAsync(WordPressImports.ExportPath, Cancel);
        var path = Path.Combine(_folder, "with-body-images.xml");
        await File.WriteAllTextAsync(path, xml.Replace("</channel>", PostWithImages, StringComparison.Ordinal), Cancel);
        return path;
    }
}
