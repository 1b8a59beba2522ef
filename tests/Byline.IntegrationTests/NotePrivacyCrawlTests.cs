using System.Net;
using System.Text.RegularExpressions;
using Byline.Accounts;
using Byline.IntegrationTests.Newsroom;
using Byline.Publishing;
using Byline.Testing;
using Byline.Transfer.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests;

/// <summary>
/// Notes on drafts are the newsroom's own talk: no public page, feed, sitemap, search (page or API), share-link preview
/// or Markdown export carries a word of them.
/// </summary>
public sealed partial class NotePrivacyCrawlTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const int PageLimit = 500;
    private static readonly string[] Secrets = ["Zephyrquill", "Quokkaplume", "Xylofenric", "Brontewhisk"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_public_page_feed_sitemap_search_api_share_preview_or_markdown_export_shows_a_note()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Priya Private");
        var published = (await host.StoryAsync(Stories.Footbridge)).Id;
        using (var note = await StoryNotesDesk.AddAsync(editor, published, "Zephyrquill: is the tram route date confirmed?", "0"))
        {
            Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        }
        var thread = (await StoryNotesDesk.NotesAsync(host, published)).Single();
        using (var reply = await StoryNotesDesk.ReplyAsync(editor, published, thread.Id, "Quokkaplume: yes, the council minutes say so."))
        {
            Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        }
        // A draft with notes (one of them what it was sent back with), opened to outsiders by a share link.
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        var draft = await StoryDesk.CreateAsync(contributor, "Shared draft about the estuary", await StoryDesk.SectionIdAsync(host, "city"));
        using (await StoryDesk.MoveAsync(contributor, draft, "Submit"))
        {
        }
        using (var sentBack = await StoryDesk.MoveAsync(editor, draft, "ReturnToDraft", changes: new Dictionary<string, string> { ["SentBackNote"] = "Brontewhisk: needs the estuary figures." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        }
        using (await StoryNotesDesk.AddAsync(editor, draft, "Xylofenric: check the tide tables."))
        {
        }
        Assert.Equal(4, await host.WithDatabaseAsync(db => db.StoryNotes.CountAsync(Cancel)));
        string preview;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var actor = new Actor(editor.User.Id, editor.User.DisplayName, NewsroomRole.Editor, editor.User.PersonId);
            preview = (await scope.ServiceProvider.GetRequiredService<PreviewLinks>().CreateAsync(draft, PreviewLinkLifetime.OneHour, actor, Cancel)).Value!;
        }
        await host.EvictCachedPagesAsync();
        var storyPath = await host.PathOfAsync(Stories.Footbridge);

        var visited = await CrawlAsync([
            "/", storyPath, preview, "/feed", "/feed/atom", "/feed/json", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt",
            .. Secrets.SelectMany(s => new[] { $"/search?q={s}", $"/api/v1/search?q={s}" }), "/search?q=footbridge", "/api/v1/search?q=footbridge",
        ]);

        Assert.True(visited.Count > 60, $"the crawl reached only {visited.Count} addresses");
        Assert.Contains(visited, p => p.Path == storyPath && p.Status == 200);
        Assert.Contains(visited, p => p.Path == preview && p.Status == 200 && p.Body.Contains("Shared draft about the estuary", StringComparison.Ordinal));
        Assert.Contains(visited, p => p.Path == "/api/v1/search?q=footbridge" && p.Status == 200);
        foreach (var secret in Secrets)
        {
            // Searching for a note's words finds nothing: notes are not indexed.
            Assert.Contains("No stories match", visited.Single(p => p.Path == $"/search?q={secret}").Body, StringComparison.Ordinal);
            Assert.Contains("\"total\":0,", visited.Single(p => p.Path == $"/api/v1/search?q={secret}").Body, StringComparison.Ordinal);
        }
        foreach (var page in visited)
        {
            // A search page repeats its own query, and nothing more of a note.
            foreach (var secret in Secrets.Where(s => !page.Path.Contains($"q={s}", StringComparison.Ordinal)))
            {
                Assert.False(page.Body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{page.Path} shows the note text {secret}");
            }
        }

        var folder = Directory.CreateTempSubdirectory("byline-notes-export-").FullName;
        try
        {
            await using (var scope = host.Services.CreateAsyncScope())
            {
                await ActivatorUtilities.CreateInstance<MarkdownExporter>(scope.ServiceProvider).ExportAsync(folder, null, Cancel);
            }
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
            Assert.Contains(files, f => f.Contains("Shared draft about the estuary", StringComparison.Ordinal));
            Assert.All(files, f => Assert.DoesNotContain(Secrets, s => f.Contains(s, StringComparison.OrdinalIgnoreCase)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<List<(string Path, int Status, string Body)>> CrawlAsync(IEnumerable<string> seeds)
    {
        using var reader = host.CreateReader();
        var queue = new Queue<string>(seeds);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var pages = new List<(string Path, int Status, string Body)>();
        while (queue.Count > 0 && pages.Count < PageLimit)
        {
            var path = queue.Dequeue();
            using var response = await reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);
            var body = await response.Content.ReadAsStringAsync(Cancel);
            pages.Add((path, (int)response.StatusCode, body));
            var links = Link().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).ToList();
            if (response.Headers.Location is { } location)
            {
                links.Add(location.OriginalString);
            }
            foreach (var link in links)
            {
                if (Uri.TryCreate(host.BaseAddress, link, out var uri) && uri.Authority == host.BaseAddress.Authority
                    && !uri.AbsolutePath.StartsWith("/newsroom", StringComparison.Ordinal) && seen.Add(uri.PathAndQuery))
                {
                    queue.Enqueue(uri.PathAndQuery);
                }
            }
        }
        return pages;
    }

    /// <summary>href and src attributes, XML &lt;loc&gt; and &lt;link&gt;/&lt;id&gt; values, and JSON url fields.</summary>
    [GeneratedRegex("""(?:href|src)="(?<url>[^"#]+)|<(?:loc|link|id|guid)[^>]*>(?<url>[^<]+)<|"(?:url|home_page_url|feed_url)":\s*"(?<url>[^"]+)""")]
    private static partial Regex Link();
}
