using System.Globalization;
using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using Byline.Accounts;
using Byline.Comments;
using Byline.Content;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Comments;

public sealed class CommentCountsAndFeedTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient _reader = host.CreateReader();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Stores comments as they would be after intake and moderation, dated <paramref name="start"/> and one minute apart.</summary>
    private Task<List<Comment>> AddCommentsAsync(int articleId, DateTimeOffset start, params (string Name, string Email, CommentStatus Status, string Body)[] comments) =>
        host.WithDatabaseAsync(async db =>
        {
            var rows = comments.Select((c, i) => new Comment
            {
                ArticleId = articleId,
                AuthorName = c.Name,
                AuthorEmail = c.Email,
                AuthorWebsite = "https://" + c.Email.Split('@')[1],
                Body = c.Body,
                Status = c.Status,
                CreatedAt = start.AddMinutes(i),
            }).ToList();
            db.Comments.AddRange(rows);
            await db.SaveChangesAsync(Cancel);
            return rows;
        });

    /// <summary>A published story of the test's own, so that its comments are known.</summary>
    private Task<Article> PublishStoryAsync(string headline, ArticleStatus status = ArticleStatus.Published) =>
        host.WithDatabaseAsync(async db =>
        {
            var section = await db.Sections.OrderBy(s => s.Id).FirstAsync(Cancel);
            var story = new Article
            {
                Headline = headline, Slug = $"story-{Guid.NewGuid():N}", Section = section, BodyHtml = "<p>Made for a test.</p>",
                Status = status, CreatedAt = DateTimeOffset.UtcNow.AddDays(-3), PublishedAt = DateTimeOffset.UtcNow.AddDays(-2),
            };
            db.AllArticles.Add(story);
            await db.SaveChangesAsync(Cancel);
            return story;
        });

    private string PathOf(Article story) =>
        host.Services.GetRequiredService<SiteUrls>().Article(story.Section.Slug, story.PublishedAt!.Value, story.Slug);

    private async Task<XDocument> FeedAsync(string path)
    {
        using var response = await _reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>Each story's approved comments, by its path, as the database has them.</summary>
    private Task<Dictionary<string, int>> ApprovedCountsAsync() =>
        host.WithDatabaseAsync(async db =>
        {
            var urls = host.Services.GetRequiredService<SiteUrls>();
            var stories = await db.Articles.AsNoTracking().Published()
                .Select(a => new { SectionSlug = a.Section.Slug, a.Slug, PublishedAt = a.PublishedAt!.Value, Count = a.Comments.Count(c => c.Status == CommentStatus.Approved) })
                .ToListAsync(Cancel);
            return stories.ToDictionary(s => urls.Article(s.SectionSlug, s.PublishedAt, s.Slug), s => s.Count);
        });

    /// <summary>Each story card on a list page: its path and the comment count its meta line shows (0 when it shows none).</summary>
    private static List<(string Path, int Shown)> CountsShown(IParentNode page) =>
        page.QuerySelectorAll(".story-meta").Select(meta =>
        {
            var path = meta.ParentElement!.QuerySelector("h2 a")!.GetAttribute("href")!;
            var link = meta.QuerySelector("a.story-meta__comments");
            if (link is null)
            {
                return (path, 0);
            }
            Assert.Equal(path + "#comments", link.GetAttribute("href"));
            var words = link.TextContent.Split(' ');
            var shown = int.Parse(words[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            Assert.Equal(shown == 1 ? "comment" : "comments", words[1]);
            return (path, shown);
        }).ToList();

    [Fact]
    public async Task The_front_page_and_section_lists_show_each_storys_approved_comments_only()
    {
        var story = await host.StoryAsync(Stories.Footbridge);
        var stamp = Guid.NewGuid().ToString("N");
        await AddCommentsAsync(story.Id, DateTimeOffset.UtcNow.AddHours(-5),
            ("Approved One", $"one-{stamp}@example.org", CommentStatus.Approved, "Counted."),
            ("Pending Two", $"two-{stamp}@example.org", CommentStatus.Pending, "Not counted: pending."),
            ("Spam Three", $"three-{stamp}@example.org", CommentStatus.Spam, "Not counted: spam."),
            ("Trash Four", $"four-{stamp}@example.org", CommentStatus.Trash, "Not counted: trash."));
        await host.EvictCachedPagesAsync();
        var expected = await ApprovedCountsAsync();

        foreach (var path in new[] { "/", SiteUrls.Section(story.Section.Slug) })
        {
            var shown = CountsShown(await _reader.GetDocumentAsync(path));
            Assert.NotEmpty(shown);
            foreach (var (storyPath, count) in shown)
            {
                Assert.True(expected.TryGetValue(storyPath, out var approved), $"{path} lists {storyPath}, which is not a published story");
                Assert.True(approved == count, $"{path} shows {count} comments for {storyPath}, which has {approved} approved");
            }
            Assert.Contains(shown, s => s.Path == PathOf(story) && s.Shown > 0);
        }
        Assert.Contains(CountsShown(await _reader.GetDocumentAsync("/")), s => s.Shown == 0);
    }

    [Fact]
    public async Task Approving_a_comment_updates_the_count_on_lists_that_were_already_cached()
    {
        var story = await host.StoryAsync(Stories.PortRecord);
        var section = SiteUrls.Section(story.Section.Slug);
        var path = PathOf(story);
        int CountOn(IParentNode page) => CountsShown(page).Single(s => s.Path == path).Shown;
        var before = CountOn(await _reader.GetDocumentAsync(section));
        var pending = (await AddCommentsAsync(story.Id, DateTimeOffset.UtcNow.AddMinutes(-5),
            ("Marta Quill", $"marta-{Guid.NewGuid():N}@example.org", CommentStatus.Pending, "The ferry was late again.")))[0];
        Assert.Equal(before, CountOn(await _reader.GetDocumentAsync(section)));

        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var approved = await editor.Client.PostFormAsync("/newsroom/comments", new Dictionary<string, string>
        {
            ["act"] = "approve",
            ["ids"] = pending.Id.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.SeeOther, approved.StatusCode);
        Assert.Equal(before + 1, CountOn(await _reader.GetDocumentAsync(section)));
        var front = CountsShown(await _reader.GetDocumentAsync("/")).Where(s => s.Path == path).ToList();
        Assert.All(front, s => Assert.Equal(before + 1, s.Shown));
    }

    [Fact]
    public async Task The_comment_feed_is_Atom_with_the_approved_comments_newest_first_by_name_only()
    {
        var story = await PublishStoryAsync("Harbour wall repairs begin");
        var stamp = Guid.NewGuid().ToString("N");
        var comments = await AddCommentsAsync(story.Id, DateTimeOffset.UtcNow.AddHours(-3),
            ("Ines Marlow", $"ines-{stamp}@example.org", CommentStatus.Approved, "First, and oldest.\n\nA second paragraph."),
            ("Pending Pat", $"pat-{stamp}@example.org", CommentStatus.Pending, $"Awaiting moderation {stamp}"),
            ("Dov <b>Bold</b>", $"dov-{stamp}@example.org", CommentStatus.Approved, "<script>alert('x')</script> & more"),
            ("Spam Sam", $"sam-{stamp}@example.org", CommentStatus.Spam, $"Cheap pills {stamp}"),
            ("Rhea Tolland", $"rhea-{stamp}@example.org", CommentStatus.Approved, "Newest of all."));
        await host.WithDatabaseAsync(db => db.Comments.Where(c => c.Id == comments[4].Id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.ParentId, comments[0].Id), Cancel));
        var storyPath = PathOf(await host.StoryAsync(story.Slug));
        var feedPath = SiteUrls.CommentFeed(storyPath);

        using var response = await _reader.GetAsync(new Uri(feedPath, UriKind.Relative), Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        var feed = XDocument.Parse(text).Root!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(new Uri(host.BaseAddress, feedPath).AbsoluteUri,
            (string?)feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href"));
        Assert.Contains("Harbour wall repairs begin", feed.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal([comments[4].Id, comments[2].Id, comments[0].Id], entries.Select(e => IdOf(e.Element(Atom + "id")!.Value)));
        var absoluteStory = new Uri(host.BaseAddress, storyPath).AbsoluteUri;
        foreach (var (entry, comment) in entries.Zip(new[] { comments[4], comments[2], comments[0] }))
        {
            Assert.Equal($"{absoluteStory}#comment-{comment.Id}", entry.Element(Atom + "id")!.Value);
            Assert.Equal($"{absoluteStory}#comment-{comment.Id}", (string?)entry.Element(Atom + "link")!.Attribute("href"));
            Assert.Equal($"Comment by {comment.AuthorName}", entry.Element(Atom + "title")!.Value);
            var author = Assert.Single(entry.Elements(Atom + "author"));
            Assert.Equal([Atom + "name"], author.Elements().Select(e => e.Name));
            Assert.Equal(comment.AuthorName, author.Element(Atom + "name")!.Value);
            var content = entry.Element(Atom + "content")!;
            Assert.Equal("text", (string?)content.Attribute("type"));
            Assert.Equal(comment.Body, content.Value);
            Assert.Equal(comment.CreatedAt, DateTimeOffset.Parse(entry.Element(Atom + "published")!.Value, CultureInfo.InvariantCulture), TimeSpan.FromSeconds(1));
            Assert.NotNull(entry.Element(Atom + "updated"));
        }
        Assert.Empty(feed.Descendants(Atom + "email"));
        Assert.DoesNotContain("@example.org", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(stamp, text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comment_feed_holds_the_newest_50_comments()
    {
        var story = await PublishStoryAsync("Regatta results");
        var comments = await AddCommentsAsync(story.Id, DateTimeOffset.UtcNow.AddDays(-1),
            Enumerable.Range(1, 55).Select(i => ($"Reader {i}", $"reader-{i}-{Guid.NewGuid():N}@example.org", CommentStatus.Approved, $"Comment number {i}")).ToArray());

        var feed = await FeedAsync(SiteUrls.CommentFeed(PathOf(await host.StoryAsync(story.Slug))));

        var ids = feed.Root!.Elements(Atom + "entry").Select(e => IdOf(e.Element(Atom + "id")!.Value)).ToList();
        Assert.Equal(comments.OrderByDescending(c => c.CreatedAt).Take(50).Select(c => c.Id), ids);
    }

    [Fact]
    public async Task Characters_XML_cannot_carry_are_dropped_instead_of_breaking_the_feed()
    {
        var story = await PublishStoryAsync("Lighthouse open day");
        await AddCommentsAsync(story.Id, DateTimeOffset.UtcNow.AddHours(-1),
            ("Bell\u0007 Ringer", $"bell-{Guid.NewGuid():N}@example.org", CommentStatus.Approved, "Ding\u0001 dong\u001f and 🔔 \u202eevil\u202c, \u200bzero-width."));

        var feed = await FeedAsync(SiteUrls.CommentFeed(PathOf(await host.StoryAsync(story.Slug))));

        var entry = Assert.Single(feed.Root!.Elements(Atom + "entry"));
        Assert.Equal("Ding dong and 🔔 \u202eevil\u202c, \u200bzero-width.", entry.Element(Atom + "content")!.Value);
        Assert.Equal("Comment by Bell Ringer", entry.Element(Atom + "title")!.Value);
    }

    [Fact]
    public async Task The_comment_feed_is_cached_until_a_moderator_changes_the_comments()
    {
        var story = await PublishStoryAsync("Tram depot open evening");
        var feedPath = SiteUrls.CommentFeed(PathOf(await host.StoryAsync(story.Slug)));
        Assert.Empty((await FeedAsync(feedPath)).Root!.Elements(Atom + "entry"));
        var stamp = Guid.NewGuid().ToString("N");
        var added = await AddCommentsAsync(story.Id, DateTimeOffset.UtcNow.AddMinutes(-10),
            ("Quietly Added", $"quiet-{stamp}@example.org", CommentStatus.Approved, "Stored behind the cache's back."),
            ("Awaiting Approval", $"await-{stamp}@example.org", CommentStatus.Pending, "Approved by an editor."));

        Assert.Empty((await FeedAsync(feedPath)).Root!.Elements(Atom + "entry"));

        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var approved = await editor.Client.PostFormAsync("/newsroom/comments", new Dictionary<string, string>
        {
            ["act"] = "approve",
            ["ids"] = added[1].Id.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.SeeOther, approved.StatusCode);
        var ids = (await FeedAsync(feedPath)).Root!.Elements(Atom + "entry").Select(e => IdOf(e.Element(Atom + "id")!.Value));
        Assert.Equal([added[1].Id, added[0].Id], ids);
    }

    [Fact]
    public async Task A_comment_feed_of_an_unknown_or_unpublished_story_is_404_and_an_old_date_redirects()
    {
        var draft = await PublishStoryAsync("Not yet", ArticleStatus.Draft);
        var withdrawn = await PublishStoryAsync("Withdrawn", ArticleStatus.Unpublished);
        var published = await PublishStoryAsync("Published");
        var publishedPath = PathOf(await host.StoryAsync(published.Slug));
        var section = publishedPath.Split('/')[1];

        foreach (var path in new[]
        {
            $"/{section}/2020/01/01/no-such-story/comments.atom",
            SiteUrls.CommentFeed(PathOf(await host.StoryAsync(draft.Slug))),
            SiteUrls.CommentFeed(PathOf(await host.StoryAsync(withdrawn.Slug))),
            $"/{section}/2020/01/01/Not_A_Slug/comments.atom",
        })
        {
            using var response = await _reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode}");
        }

        using var moved = await _reader.GetAsync(new Uri($"/{section}/2001/02/03/{published.Slug}/comments.atom", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal(SiteUrls.CommentFeed(publishedPath), moved.Headers.Location!.OriginalString);
    }

    private static int IdOf(string entryId) =>
        int.Parse(entryId[(entryId.LastIndexOf("#comment-", StringComparison.Ordinal) + "#comment-".Length)..], CultureInfo.InvariantCulture);
}
