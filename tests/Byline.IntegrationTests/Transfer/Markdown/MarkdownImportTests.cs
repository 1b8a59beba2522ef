using Byline.IntegrationTests.Newsroom;
using Byline.Testing;
using Byline.Transfer.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Transfer.Markdown;

/// <summary>
/// <c>import markdown</c> into a site with the sample newsroom, on whichever database the tests use: what it matches,
/// what it creates, and that a failure part way leaves nothing behind.
/// </summary>
public sealed class MarkdownImportTests(BylineHost host) : IClassFixture<BylineHost>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("byline-markdown-import-").FullName;

    [Fact]
    public async Task Sections_people_and_tags_are_matched_by_slug_and_created_with_the_files_names_when_missing()
    {
        await WriteAsync("storm-shelters-open.md", Story("storm-shelters-open", """
            section:
              slug: city
              name: Town Hall
            authors:
            - slug: mara-okonkwo
              name: M. Okonkwo
            - slug: zofia-wisniewska
              name: Zofia Wiśniewska
            tags:
            - slug: weather-watch
              name: Weather watch
            """));
        var before = await host.WithDatabaseAsync(db => db.Sections.CountAsync(TestContext.Current.CancellationToken));

        var result = await ImportAsync();

        Assert.Equal((1, 0), (result.Imported, result.Skipped));
        var story = await host.StoryAsync("storm-shelters-open");
        Assert.Equal("City", story.Section.Name);
        Assert.Equal(["Mara Okonkwo", "Zofia Wiśniewska"], story.Authors.OrderBy(a => a.Position).Select(a => a.Person.Name));
        Assert.Equal("Weather watch", Assert.Single(story.Tags).Name);
        Assert.Equal(before, await host.WithDatabaseAsync(db => db.Sections.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_bad_image_in_the_last_file_leaves_no_story_no_library_item_and_no_stored_file()
    {
        var media = Path.Combine(host.DataPath, "media");
        var filesBefore = Directory.Exists(media) ? Directory.GetFiles(media, "*", SearchOption.AllDirectories).Length : 0;
        var counts = await CountsAsync();
        Directory.CreateDirectory(Path.Combine(_folder, "first"));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "first", "photo.jpg"), MediaTestImages.Jpeg(500, 400), TestContext.Current.CancellationToken);
        await WriteAsync("first.md", Story("markdown-first", "section:\n  slug: new-desk\n  name: New desk\nimages:\n- file: first/photo.jpg\n  alt_text: A photo\nfeatured_image: first/photo.jpg"));
        Directory.CreateDirectory(Path.Combine(_folder, "second"));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "second", "photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], TestContext.Current.CancellationToken);
        await WriteAsync("second.md", Story("markdown-second", "section:\n  slug: city\n  name: City\nimages:\n- file: second/photo.jpg\n  alt_text: Broken"));

        var problem = await Assert.ThrowsAsync<MarkdownInputException>(ImportAsync);

        Assert.StartsWith("second.md, line ", problem.Message, StringComparison.Ordinal);
        Assert.Equal("images[0].file", problem.Field);
        Assert.Equal(counts, await CountsAsync());
        Assert.Equal(filesBefore, Directory.Exists(media) ? Directory.GetFiles(media, "*", SearchOption.AllDirectories).Length : 0);
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_is_refused_by_name_and_adds_nothing()
    {
        var counts = await CountsAsync();
        var latin1 = System.Text.Encoding.Latin1.GetBytes(Story("cafe-latin1", "section:\n  slug: city\n  name: City").Replace("Storm", "Café", StringComparison.Ordinal));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "latin1.md"), latin1, TestContext.Current.CancellationToken);

        var problem = await Assert.ThrowsAsync<MarkdownInputException>(ImportAsync);

        Assert.Equal("latin1.md, text: the file is not valid UTF-8: save it as UTF-8 and try again", problem.Message);
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task A_new_section_may_not_take_the_address_of_one_of_the_sites_own_pages()
    {
        await WriteAsync("search-desk.md", Story("search-desk-story", "section:\n  slug: search\n  name: Search desk"));

        var problem = await Assert.ThrowsAsync<MarkdownInputException>(ImportAsync);

        Assert.Equal(("search-desk.md", "section.slug", 5), (problem.File, problem.Field, problem.Line));
        Assert.False(await host.WithDatabaseAsync(db => db.Sections.AnyAsync(s => s.Slug == "search", TestContext.Current.CancellationToken)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Story(string slug, string taxonomy) => $"""
        ---
        headline: Storm shelters open in three schools
        slug: {slug}
        {taxonomy}
        status: published
        created: 2026-03-01T08:00:00Z
        published: 2026-03-01T09:00:00Z
        ---
        Shelters open tonight.

        """;

    private Task WriteAsync(string name, string text) => File.WriteAllTextAsync(Path.Combine(_folder, name), text, TestContext.Current.CancellationToken);

    private async Task<MarkdownImportResult> ImportAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<MarkdownImporter>(scope.ServiceProvider).ImportAsync(_folder, null, TestContext.Current.CancellationToken);
    }

    private Task<(int, int, int, int, int)> CountsAsync() => host.WithDatabaseAsync(async db =>
    {
        var token = TestContext.Current.CancellationToken;
        return (await db.Articles.CountAsync(token), await db.MediaItems.CountAsync(token), await db.Sections.CountAsync(token),
            await db.People.CountAsync(token), await db.Tags.CountAsync(token));
    });
}
