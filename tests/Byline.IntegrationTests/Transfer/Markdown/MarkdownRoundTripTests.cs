using System.Text.RegularExpressions;
using Byline.Content;
using Byline.Site;
using Byline.Testing;
using Byline.Transfer.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;

namespace Byline.IntegrationTests.Transfer.Markdown;

/// <summary>
/// <c>export markdown</c> then <c>import markdown</c> into an empty site: the same stories, field by field, and the same
/// article pages; a second import adds nothing.
/// </summary>
public sealed partial class MarkdownRoundTripTests(MarkdownSourceHost source) : IClassFixture<MarkdownSourceHost>, IDisposable
{
    private readonly string _folder = Path.Combine(Directory.CreateTempSubdirectory("byline-markdown-").FullName, "export");

    [Fact]
    public async Task Exporting_and_importing_into_an_empty_site_keeps_every_story_field_and_article_page()
    {
        var exported = await ExportAsync();
        await using var target = new EmptySiteHost();
        await target.InitializeAsync();

        var imported = await ImportAsync(target);

        Assert.Equal(exported.Stories, imported.Imported);
        Assert.Equal(0, imported.Skipped);
        var expected = await StorySnapshot.OfAsync(source);
        var actual = await StorySnapshot.OfAsync(target);
        Assert.Contains(expected, line => line.StartsWith($"{MarkdownSourceHost.Scheduled}: status Scheduled", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith($"{MarkdownSourceHost.Draft}: status Draft", StringComparison.Ordinal));
        Assert.Equal(expected, actual);

        var paths = await PublishedPathsAsync(source);
        Assert.True(paths.Count >= 15, $"only {paths.Count} published stories");
        foreach (var path in paths)
        {
            Assert.Equal(await StoryPartsAsync(source, path), await StoryPartsAsync(target, path));
        }
        using var reader = target.CreateReader();
        var found = await reader.GetStringAsync(new Uri("/search?q=paragraph", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains(MarkdownSourceHost.Feature, found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_folder_again_adds_nothing()
    {
        await ExportAsync();
        await using var target = new EmptySiteHost();
        await target.InitializeAsync();
        var first = await ImportAsync(target);
        var counts = await CountsAsync(target);

        var second = await ImportAsync(target);

        Assert.True(first.Imported > 15);
        Assert.Equal((0, first.Imported, 0), (second.Imported, second.Skipped, second.Images));
        Assert.Equal(counts, await CountsAsync(target));
    }

    [Fact]
    public async Task Each_story_is_a_file_named_by_its_slug_with_its_images_beside_it()
    {
        var exported = await ExportAsync();

        var files = Directory.GetFiles(_folder, "*.md").Select(Path.GetFileName).ToList();
        Assert.Equal(exported.Stories, files.Count);
        Assert.Contains($"{MarkdownSourceHost.Feature}.md", files);
        var text = await File.ReadAllTextAsync(Path.Combine(_folder, $"{MarkdownSourceHost.Feature}.md"), TestContext.Current.CancellationToken);
        Assert.StartsWith("---\nheadline: ", text, StringComparison.Ordinal);
        Assert.Contains($"featured_image: {MarkdownSourceHost.Feature}/tram-at-night.jpg", text, StringComparison.Ordinal);
        Assert.Contains($"- file: {MarkdownSourceHost.Feature}/lodz-depot.jpg", text, StringComparison.Ordinal);
        Assert.Contains("status: published", text, StringComparison.Ordinal);

        // The widest variant each image has: 1280 of the 1400-pixel photo, 640 of the 700-pixel one.
        var featured = await Image.IdentifyAsync(Path.Combine(_folder, MarkdownSourceHost.Feature, "tram-at-night.jpg"), TestContext.Current.CancellationToken);
        var inBody = await Image.IdentifyAsync(Path.Combine(_folder, MarkdownSourceHost.Feature, "lodz-depot.jpg"), TestContext.Current.CancellationToken);
        Assert.Equal((1280, 640), (featured.Width, inBody.Width));
        Assert.True(File.Exists(Path.Combine(_folder, MarkdownSourceHost.Scheduled, "tram-at-night.jpg")));
        Assert.True(File.Exists(Path.Combine(_folder, Stories.Footbridge, "lodz-depot.jpg")));
        Assert.Equal(23, exported.Images); // the test's 4 pictures and the sample site's 19 featured and body pictures
        Assert.Equal(0, exported.MissingImages);
    }

    [Fact]
    public async Task Exporting_into_a_folder_that_is_not_empty_is_refused_and_leaves_it_alone()
    {
        Directory.CreateDirectory(_folder);
        var notes = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(notes, "mine", TestContext.Current.CancellationToken);

        var problem = await Assert.ThrowsAsync<MarkdownInputException>(() => ExportAsync());

        Assert.Contains("is not empty", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    private async Task<MarkdownExportResult> ExportAsync()
    {
        await using var scope = source.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<MarkdownExporter>(scope.ServiceProvider).ExportAsync(_folder, null, TestContext.Current.CancellationToken);
    }

    private async Task<MarkdownImportResult> ImportAsync(EmptySiteHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<MarkdownImporter>(scope.ServiceProvider).ImportAsync(_folder, null, TestContext.Current.CancellationToken);
    }

    private static Task<(int, int, int, int, int, int)> CountsAsync(EmptySiteHost host) => host.WithDatabaseAsync(async db =>
    {
        var token = TestContext.Current.CancellationToken;
        return (await db.Articles.CountAsync(token), await db.MediaItems.CountAsync(token), await db.Sections.CountAsync(token),
            await db.People.CountAsync(token), await db.Tags.CountAsync(token), await db.Corrections.CountAsync(token));
    });

    private static Task<List<string>> PublishedPathsAsync(MarkdownSourceHost host) => host.WithDatabaseAsync(async db =>
    {
        var urls = host.Services.GetRequiredService<SiteUrls>();
        var stories = await db.Articles.AsNoTracking().Include(a => a.Section).Where(a => a.Status == ArticleStatus.Published)
            .ToListAsync(TestContext.Current.CancellationToken);
        return stories.Select(s => urls.Article(s.Section.Slug, s.PublishedAt!.Value, s.Slug)).Order(StringComparer.Ordinal).ToList();
    });

    /// <summary>The story as the page shows it: the article element, the meta tags and the structured data, less the comment count (comments are not part of a story file).</summary>
    private static async Task<string> StoryPartsAsync(BylineHost host, string path)
    {
        using var reader = host.CreateReader();
        var page = await reader.GetDocumentAsync(path);
        var parts = new[] { page.QuerySelector("article.story")?.OuterHtml ?? "(no article)" }
            .Concat(page.QuerySelectorAll("head meta, head script[type='application/ld+json']").Select(e => e.OuterHtml));
        var text = string.Join("\n", parts).Replace(host.BaseAddress.Authority, "{site}", StringComparison.Ordinal);
        return $"{path}\n" + CommentCount().Replace(text, "\"commentCount\":{comments}");
    }

    [GeneratedRegex("\"commentCount\":[0-9]+")]
    private static partial Regex CommentCount();
}
