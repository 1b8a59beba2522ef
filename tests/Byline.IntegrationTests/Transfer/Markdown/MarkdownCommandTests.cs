using Byline.IntegrationTests.Cli;
using Byline.IntegrationTests.Newsroom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer.Markdown;

/// <summary>
/// <c>Byline export markdown</c> and <c>Byline import markdown</c> as an operator runs them (the built executable, SQLite
/// data folders of its own), and every kind of bad input: one line on stderr naming the file, line and field, exit 1,
/// nothing written.
/// </summary>
public sealed class MarkdownCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("byline-cli-markdown-").FullName;

    private string Original => Path.Combine(_folder, "original");
    private string Target => Path.Combine(_folder, "target");
    private string Stories => Path.Combine(_folder, "stories");

    [Fact]
    public async Task Export_then_import_twice_moves_the_sample_stories_once()
    {
        Assert.Equal(0, (await RunAsync(Original, sampleContent: true, "migrate")).ExitCode);

        var export = await RunAsync(Original, sampleContent: false, "export", "markdown", Stories);
        // A new data folder whose configuration would seed the sample: the import still brings only the folder's stories.
        var import = await RunAsync(Target, sampleContent: true, "import", "markdown", Stories);
        var again = await RunAsync(Target, sampleContent: true, "import", "markdown", Stories);

        Assert.True(export.ExitCode == 0, $"exit {export.ExitCode}: {export.Stderr}");
        var count = Feeds.SampleSite.Stories.Count;
        Assert.Contains($"Wrote {count} stories and 20 images", export.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{count} / {count} stories", export.Stderr, StringComparison.Ordinal);
        Assert.Equal(count, Directory.GetFiles(Stories, "*.md").Length);
        Assert.True(import.ExitCode == 0, $"exit {import.ExitCode}: {import.Stderr}");
        Assert.Contains($"Imported {count} stories and 20 images; skipped 0", import.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"Imported 0 stories and 0 images; skipped {count}", again.Stdout, StringComparison.Ordinal);
        await using var db = BylineProcess.Open(Target);
        Assert.Equal(count, await db.Articles.CountAsync(TestContext.Current.CancellationToken));
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "notes.md", "Just some notes, no front matter.\n", "notes.md, line 1, front matter: the file must start with YAML front matter" },
        { "broken.md", "---\nheadline: [never closed\nslug: broken\n---\nBody\n", "broken.md, line 2, front matter: the YAML cannot be read" },
        { "no-headline.md", Story("no-headline").Replace("headline: A story\n", "", StringComparison.Ordinal), "no-headline.md, line 2, headline: the headline is missing" },
        { "odd-status.md", Story("odd-status").Replace("status: published", "status: live", StringComparison.Ordinal), "odd-status.md, line 8, status: 'live' is not a status" },
        { "odd-type.md", Story("odd-type").Replace("status: published", "type: gossip\nstatus: published", StringComparison.Ordinal), "odd-type.md, line 8, type: 'gossip' is not a story type: use one of news, analysis, opinion, review, explainer, sponsored" },
        { "bad-date.md", Story("bad-date").Replace("created: 2026-03-01T08:00:00Z", "created: 2026-02-30", StringComparison.Ordinal), "bad-date.md, line 9, created: '2026-02-30' is not a date" },
        { "z-copy.md", Story("a-good-story"), "z-copy.md, line 3, slug: 'a-good-story' is also the slug of a-good-story.md" },
        { "no-photo.md", Story("no-photo", "images:\n- file: no-photo/photo.jpg\n  alt_text: A photo\n"), "no-photo.md, line 13, images[0].file: 'no-photo/photo.jpg' is missing" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_stops_the_import_with_one_line_naming_the_file_line_and_field(string name, string text, string expected)
    {
        await WriteGoodStoryWithPhotoAsync();
        await File.WriteAllTextAsync(Path.Combine(Stories, name), text, TestContext.Current.CancellationToken);

        var import = await RunAsync(Target, sampleContent: false, "import", "markdown", Stories);

        Assert.Equal(1, import.ExitCode);
        var line = Assert.Single(import.StderrLines);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.StartsWith("byline: import markdown: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", import.Stderr, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_stops_the_import_and_no_stored_variant_is_left_behind()
    {
        await WriteGoodStoryWithPhotoAsync();
        Directory.CreateDirectory(Path.Combine(Stories, "z-fake"));
        await File.WriteAllTextAsync(Path.Combine(Stories, "z-fake", "photo.jpg"), "not a picture", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(Stories, "z-fake.md"), Story("z-fake", "images:\n- file: z-fake/photo.jpg\n  alt_text: A fake\n"), TestContext.Current.CancellationToken);

        var import = await RunAsync(Target, sampleContent: false, "import", "markdown", Stories);

        Assert.Equal(1, import.ExitCode);
        // The progress bar had started (the first story's photo was made); the error is the one line after it.
        Assert.Contains("z-fake.md, line 13, images[0].file: 'z-fake/photo.jpg': This file is not a JPEG, PNG, WebP or GIF image", import.StderrLines[^1], StringComparison.Ordinal);
        Assert.Single(import.StderrLines, l => l.StartsWith("byline:", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", import.Stderr, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
        var media = Path.Combine(Target, "media");
        Assert.Empty(Directory.Exists(media) ? Directory.GetFiles(media, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_and_an_export_into_a_full_folder_are_refused_with_one_line()
    {
        Directory.CreateDirectory(Stories);
        await File.WriteAllTextAsync(Path.Combine(Stories, "keep.txt"), "mine", TestContext.Current.CancellationToken);

        var import = await RunAsync(Target, sampleContent: false, "import", "markdown", Path.Combine(_folder, "nowhere"));
        var export = await RunAsync(Target, sampleContent: false, "export", "markdown", Stories);
        var usage = await RunAsync(Target, sampleContent: false, "import", "markdown");

        Assert.Equal(1, import.ExitCode);
        Assert.EndsWith("nowhere does not exist.", Assert.Single(import.StderrLines), StringComparison.Ordinal);
        Assert.Equal(1, export.ExitCode);
        Assert.Contains("is not empty: export into a new or empty folder", Assert.Single(export.StderrLines), StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(Stories).Select(Path.GetFileName));
        Assert.Equal(2, usage.ExitCode);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS later.
        }
    }

    /// <summary>A valid story file; <paramref name="extra"/> goes at the end of the front matter (line 12 on; a list item under it is on line 13).</summary>
    private static string Story(string slug, string extra = "") => $"""
        ---
        headline: A story
        slug: {slug}
        section:
          slug: city
          name: City
        standfirst: Short.
        status: published
        created: 2026-03-01T08:00:00Z
        published: 2026-03-01T09:00:00Z
        comments_open: true
        {extra}---
        The body.

        """;

    /// <summary>A good story with a real photo, sorted first, so a later bad file fails after its image was read.</summary>
    private async Task WriteGoodStoryWithPhotoAsync()
    {
        Directory.CreateDirectory(Path.Combine(Stories, "a-good-story"));
        await File.WriteAllBytesAsync(Path.Combine(Stories, "a-good-story", "photo.jpg"), MediaTestImages.Jpeg(400, 300), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(Stories, "a-good-story.md"),
            Story("a-good-story", "images:\n- file: a-good-story/photo.jpg\n  alt_text: A photo\nfeatured_image: a-good-story/photo.jpg\n"), TestContext.Current.CancellationToken);
    }

    private async Task AssertNothingWrittenAsync()
    {
        await using var db = BylineProcess.Open(Target);
        var token = TestContext.Current.CancellationToken;
        Assert.Equal((0, 0, 0), (await db.Articles.CountAsync(token), await db.MediaItems.CountAsync(token), await db.Sections.CountAsync(token)));
    }

    private Task<BylineProcess.Run> RunAsync(string dataPath, bool sampleContent, params string[] arguments) =>
        BylineProcess.RunAsync(_folder, dataPath, sampleContent, arguments);
}
