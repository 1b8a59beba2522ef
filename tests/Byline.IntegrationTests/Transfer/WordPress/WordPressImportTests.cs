using System.Net;
using Byline.Comments;
using Byline.Content;
using Byline.Transfer.WordPress;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>
/// The hand-written Larkhaven export imported into an empty site (SQLite, or PostgreSQL when BYLINE_TEST_POSTGRES is
/// set): every kind of item, what the report says about each, re-runs, dry runs and the old links.
/// </summary>
public sealed class WordPressImportTests : IAsyncLifetime
{
    private readonly EmptySiteHost _host = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("byline-wordpress-").FullName;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.InitializeAsync();

    [Fact]
    public async Task Every_kind_of_item_is_imported_and_counted()
    {
        var report = await WordPressImports.ImportAsync(_host, WordPressImports.ExportPath, WordPressImports.MakeUploads(_folder));

        Assert.Equal(7, report[WordPressImportReport.Posts].Imported);
        Assert.Equal(1, report[WordPressImportReport.Posts].NotImported);
        Assert.Equal(1, report[WordPressImportReport.Pages].Imported);
        Assert.Equal(1, report[WordPressImportReport.Attachments].Imported);
        Assert.Equal(1, report[WordPressImportReport.Attachments].NotImported);
        Assert.Equal(3, report[WordPressImportReport.Categories].Imported);
        Assert.Equal(2, report[WordPressImportReport.Tags].Imported);
        Assert.Equal(2, report[WordPressImportReport.Authors].Imported);
        Assert.Equal(5, report[WordPressImportReport.Comments].Imported);
        Assert.Equal(1, report[WordPressImportReport.Comments].NotImported);
        Assert.Equal(1, report[WordPressImportReport.Other].NotImported);
        Assert.Equal(0, report[WordPressImportReport.Redirects].AlreadyThere);

        var counts = await _host.WithDatabaseAsync(async db => new
        {
            Stories = await db.Articles.CountAsync(Cancel),
            Comments = await db.Comments.CountAsync(Cancel),
            Media = await db.MediaItems.CountAsync(Cancel),
            People = await db.People.Select(p => p.Name).OrderBy(n => n).ToListAsync(Cancel),
            Sections = await db.Sections.Select(s => s.Slug).OrderBy(s => s).ToListAsync(Cancel),
        });
        Assert.Equal(8, counts.Stories);
        Assert.Equal(5, counts.Comments);
        Assert.Equal(1, counts.Media);
        Assert.Equal(["Mara Quill", "Tobias Fenn", "WordPress import"], counts.People);
        Assert.Equal(["culture", "feed-section", "harbour", "pages", "uncategorized"], counts.Sections);
    }

    [Fact]
    public async Task A_post_becomes_a_story_with_markdown_section_tags_author_featured_image_and_reading_time()
    {
        await WordPressImports.ImportAsync(_host, WordPressImports.ExportPath, WordPressImports.MakeUploads(_folder));

        var story = await _host.WithDatabaseAsync(db => db.Articles.AsNoTracking()
            .Include(a => a.Section).Include(a => a.Tags).Include(a => a.Authors).ThenInclude(a => a.Person).Include(a => a.FeaturedImage)
            .SingleAsync(a => a.Slug == "ferry-timetable-changes", Cancel));

        Assert.Equal("Ferry timetable changes for winter", story.Headline);
        Assert.Equal("Fewer crossings to Gullstone from December.", story.Standfirst);
        Assert.Equal(ArticleStatus.Published, story.Status);
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 9, 15, 0, TimeSpan.Zero), story.PublishedAt);
        Assert.Equal("harbour", story.Section.Slug);
        Assert.Equal("Harbour & Docks", story.Section.Name);
        Assert.Equal(["culture", "ferries"], story.Tags.Select(t => t.Slug).Order().ToList());
        Assert.Equal("Mara Quill", Assert.Single(story.Authors).Person.Name);
        Assert.Equal("Fishing boats at dawn", story.FeaturedImage!.AltText);
        Assert.Equal(1200, story.FeaturedImage.Width);

        var markdown = story.BodyMarkdown;
        Assert.Contains("The **Larkhaven** ferry will sail less often", markdown, StringComparison.Ordinal);
        Assert.Contains("## What changes", markdown, StringComparison.Ordinal);
        Assert.Contains("- The 06:40 crossing to Gullstone stops.", markdown, StringComparison.Ordinal);
        Assert.Contains("  - Saturday from 08:00", markdown, StringComparison.Ordinal);
        Assert.Contains("> We kept the crossings people actually use.", markdown, StringComparison.Ordinal);
        Assert.Contains("[harbour board's site](https://harbour.larkhaven.example/timetable)", markdown, StringComparison.Ordinal);
        Assert.Contains("[https://video.larkhaven.example/watch/42](https://video.larkhaven.example/watch/42)", markdown, StringComparison.Ordinal);
        Assert.Contains("temporary \\[sic\\]", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("wp:paragraph", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("[gallery", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("[caption", markdown, StringComparison.Ordinal);

        Assert.Contains("<figcaption>The quay before the first sailing.</figcaption>", story.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"what-changes\">What changes</h2>", story.BodyHtml, StringComparison.Ordinal);
        Assert.InRange(story.WordCount, 60, 200);
        Assert.Equal(1, story.ReadingMinutes);
    }

    [Fact]
    public async Task Statuses_follow_wordpress_and_the_report_names_what_did_not_convert_cleanly()
    {
        var report = await WordPressImports.ImportAsync(_host, WordPressImports.ExportPath);

        var stories = await _host.WithDatabaseAsync(db => db.Articles.AsNoTracking().Include(a => a.Authors).ThenInclude(a => a.Person)
            .ToDictionaryAsync(a => a.Headline, Cancel));
        Assert.Equal(ArticleStatus.Scheduled, stories["Lantern parade returns to the old quay"].Status);
        Assert.Equal(new DateTimeOffset(2030, 1, 15, 18, 0, 0, TimeSpan.Zero), stories["Lantern parade returns to the old quay"].PublishedAt);
        Assert.Equal("ferry-timetable-changes-2", stories["Lantern parade returns to the old quay"].Slug);
        Assert.Equal(ArticleStatus.Draft, stories["Budget notes for the editors"].Status);
        Assert.Equal(ArticleStatus.Draft, stories["Members-only tide tables"].Status);
        Assert.Equal(ArticleStatus.Draft, stories["Half-written piece on the lighthouse"].Status);
        Assert.Equal("half-written-piece-on-the-lighthouse", stories["Half-written piece on the lighthouse"].Slug);
        Assert.Equal(ArticleStatus.InReview, stories["Harbour wall repairs: the bill"].Status);
        var cafe = stories["Zoë’s smørrebrød café opens on Kåre Street"];
        Assert.Equal("zoe-smorrebrod-cafe", cafe.Slug);
        Assert.Equal(new DateTimeOffset(2025, 10, 20, 12, 30, 0, TimeSpan.Zero), cafe.PublishedAt);
        Assert.Equal("WordPress import", Assert.Single(cafe.Authors).Person.Name);
        Assert.DoesNotContain(stories.Keys, h => h.Contains("bin", StringComparison.Ordinal));

        string Issue(string contains) => Assert.Single(report.Issues, i => i.Message.Contains(contains, StringComparison.Ordinal)).ToString();
        Assert.Contains("103", Issue("private in WordPress"), StringComparison.Ordinal);
        Assert.Contains("104", Issue("password-protected"), StringComparison.Ordinal);
        Assert.Contains("102", Issue("“ferry-timetable-changes” is already taken"), StringComparison.Ordinal);
        Assert.Contains("ghostwriter", Issue("is not among the export's authors"), StringComparison.Ordinal);
        Assert.Contains("wp:post_date_gmt", Issue("20th Smarch 2025"), StringComparison.Ordinal);
        Assert.Contains("101", Issue("shortcode [gallery] removed"), StringComparison.Ordinal);
        Assert.Contains("108", Issue("trash"), StringComparison.Ordinal);
        Assert.Contains("nav_menu_item", Issue("WordPress's own type"), StringComparison.Ordinal);
        Assert.Contains("/feed-section", Issue("belongs to the site itself"), StringComparison.Ordinal);
        Assert.Equal(3, report.Issues.Count(i => i.Message.Contains("--uploads", StringComparison.Ordinal)));
        Assert.Contains("101", Issue("1 of its images still point at the old site"), StringComparison.Ordinal);
        var privateNote = report.Issues.Single(i => i.Message.Contains("private in WordPress", StringComparison.Ordinal));
        Assert.Equal(161, privateNote.Line);

        var markdown = report.ToMarkdown();
        Assert.Contains("| posts | 7 | 0 | 1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("line 161, post 103 “Budget notes for the editors”: private in WordPress", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comments_keep_their_threads_and_states_and_emails_are_stored_lowercase()
    {
        await WordPressImports.ImportAsync(_host, WordPressImports.ExportPath);

        var comments = await _host.WithDatabaseAsync(db => db.Comments.AsNoTracking().OrderBy(c => c.CreatedAt).ToListAsync(Cancel));

        Assert.Equal(["Olwen Tarry", "Piet Marlow", "Olwen Tarry", "Anonymous Sailor", "Cheap Tickets"], comments.Select(c => c.AuthorName).ToList());
        Assert.Equal("olwen.tarry@mail.example", comments[0].AuthorEmail);
        Assert.Equal("https://olwen.example", comments[0].AuthorWebsite);
        Assert.Null(comments[0].ParentId);
        Assert.Equal(comments[0].Id, comments[1].ParentId);
        Assert.Equal(comments[1].Id, comments[2].ParentId);
        Assert.Equal([CommentStatus.Approved, CommentStatus.Approved, CommentStatus.Approved, CommentStatus.Pending, CommentStatus.Spam],
            comments.Select(c => c.Status).ToList());
        Assert.Equal(comments[0].AvatarSeed, comments[2].AvatarSeed);
        Assert.Equal(16, comments[0].AvatarSeed.Length);
        Assert.Equal("The council says a bus is \"under review\".", comments[2].Body);
        Assert.Contains("held for moderation", comments[3].HoldReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_the_same_file_again_adds_nothing_and_a_longer_file_adds_only_the_new_items()
    {
        var uploads = WordPressImports.MakeUploads(_folder);
        await WordPressImports.ImportAsync(_host, WordPressImports.ExportPath, uploads);
        var before = await Snapshot();

        var again = await WordPressImports.ImportAsync(_host, WordPressImports.ExportPath, uploads);

        Assert.Equal(before, await Snapshot());
        Assert.Equal(0, again.Counts.Values.Sum(c => c.Imported));
        Assert.Equal(7, again[WordPressImportReport.Posts].AlreadyThere);
        Assert.Equal(5, again[WordPressImportReport.Comments].AlreadyThere);
        Assert.Equal(1, again[WordPressImportReport.Attachments].AlreadyThere);

        var later = await WordPressImports.ImportAsync(_host, WordPressImports.WriteLongerExport(_folder), uploads);

        Assert.Equal(1, later[WordPressImportReport.Posts].Imported);
        Assert.Equal(1, later[WordPressImportReport.Comments].Imported);
        var after = await Snapshot();
        Assert.Equal(before.Stories + 1, after.Stories);
        Assert.Equal(before.Comments + 1, after.Comments);
        Assert.Equal(before.People, after.People);
        Assert.Equal(before.Media, after.Media);
        var reply = await _host.WithDatabaseAsync(db => db.Comments.AsNoTracking().Include(c => c.Parent).SingleAsync(c => c.AuthorName == "Rhoda Vane", Cancel));
        Assert.Equal("The council says a bus is \"under review\".", reply.Parent!.Body);
    }

    [Fact]
    public async Task A_dry_run_reports_the_same_counts_and_writes_nothing()
    {
        var uploads = WordPressImports.MakeUploads(_folder);

        var dry = await WordPressImports.ImportAsync(_host, WordPressImports.ExportPath, uploads, dryRun: true);

        Assert.True(dry.DryRun);
        Assert.Equal(new Counts(0, 0, 0, 0, 0, 0), await Snapshot());
        var media = Path.Combine(_host.DataPath, "media");
        Assert.False(Directory.Exists(media) && Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Any());
        Assert.Contains("nothing was written", dry.ToMarkdown(), StringComparison.Ordinal);

        var real = await WordPressImports.ImportAsync(_host, WordPressImports.ExportPath, uploads);

        foreach (var (kind, count) in real.Counts)
        {
            Assert.Equal((kind, count.Imported, count.NotImported), (kind, dry[kind].Imported, dry[kind].NotImported));
        }
    }

    [Fact]
    public async Task Old_permalinks_and_short_links_answer_301_to_the_story_over_http()
    {
        await WordPressImports.ImportAsync(_host, WordPressImports.ExportPath);
        using var reader = _host.CreateReader();

        var permalink = await reader.GetAsync(new Uri("/2025/11/03/ferry-timetable-changes/", UriKind.Relative), Cancel);
        var shortLink = await reader.GetAsync(new Uri("/?p=101", UriKind.Relative), Cancel);
        var page = await reader.GetAsync(new Uri("/?page_id=110", UriKind.Relative), Cancel);
        var unicode = await reader.GetAsync(new Uri("/2025/10/20/zo%C3%AB-smorrebrod-cafe/", UriKind.Relative), Cancel);
        var scheduled = await reader.GetAsync(new Uri("/?p=102", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.MovedPermanently, permalink.StatusCode);
        Assert.Equal("/harbour/2025/11/03/ferry-timetable-changes", permalink.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, shortLink.StatusCode);
        Assert.Equal("/harbour/2025/11/03/ferry-timetable-changes", shortLink.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.StartsWith("/pages/2025/01/01/about", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MovedPermanently, unicode.StatusCode);
        Assert.EndsWith("/zoe-smorrebrod-cafe", unicode.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);

        var story = await reader.GetAsync(permalink.Headers.Location, Cancel);
        Assert.Equal(HttpStatusCode.OK, story.StatusCode);
        var html = await story.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Ferry timetable changes for winter", html, StringComparison.Ordinal);
        Assert.DoesNotContain("olwen.tarry@mail.example", html, StringComparison.OrdinalIgnoreCase);

        var search = await reader.GetStringAsync(new Uri("/search?q=Gullstone", UriKind.Relative), Cancel);
        Assert.Contains("Ferry timetable changes for winter", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_breaks_near_its_end_leaves_the_site_and_the_media_folder_as_they_were()
    {
        var text = await File.ReadAllTextAsync(WordPressImports.ExportPath, Cancel);
        var broken = Path.Combine(_folder, "broken.xml");
        await File.WriteAllTextAsync(broken, text[..text.IndexOf("<title><![CDATA[Home]]>", StringComparison.Ordinal)], Cancel);

        var error = await Assert.ThrowsAsync<WxrFormatException>(() => WordPressImports.ImportAsync(_host, broken, WordPressImports.MakeUploads(_folder)));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Equal(text[..text.IndexOf("<title><![CDATA[Home]]>", StringComparison.Ordinal)].Split('\n').Length, error.Line);
        Assert.Equal(new Counts(0, 0, 0, 0, 0, 0), await Snapshot());
        var media = Path.Combine(_host.DataPath, "media");
        Assert.False(Directory.Exists(media) && Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Any());
    }

    private sealed record Counts(int Stories, int Comments, int People, int Media, int Redirects, int Imported);

    private Task<Counts> Snapshot() => _host.WithDatabaseAsync(async db => new Counts(
        await db.Articles.CountAsync(Cancel),
        await db.Comments.CountAsync(Cancel),
        await db.People.CountAsync(Cancel),
        await db.MediaItems.CountAsync(Cancel),
        await db.ArticleRedirects.CountAsync(Cancel),
        await db.ImportedItems.CountAsync(Cancel)));

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS later.
        }
    }
}
