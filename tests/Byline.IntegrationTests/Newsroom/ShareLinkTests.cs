using System.Net;
using AngleSharp.Html.Dom;
using Byline.Accounts;
using Byline.Publishing;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// "Share preview" links: someone without an account reads a story's last saved version at <c>/preview/{token}</c>
/// until the link expires or is revoked; never indexed, never cached by anyone.
/// </summary>
public sealed class ShareLinkTests(ShareLinkHost host) : IClassFixture<ShareLinkHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Someone_without_an_account_reads_the_last_saved_version_unindexed_and_uncached()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Sam Sharer");
        var id = await StoryDesk.CreateAsync(author, "The lighthouse sale, as saved", await StoryDesk.SectionIdAsync(host, "city"));
        var path = await CreateLinkAsync(author, id);
        var reader = NewsroomSession.CreateClient(host);

        using var response = await reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { NoStore: true, Private: true, Public: false }, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        Assert.Null(response.Headers.ETag);
        Assert.False(response.Headers.Contains("Surrogate-Key"));
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("noindex, follow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Equal("The lighthouse sale, as saved", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Sam Sharer", page.QuerySelector(".byline__names a")!.TextContent);
        Assert.Contains("Not published yet", page.QuerySelector(".byline__meta")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Preview — not published", page.QuerySelector(".preview-banner")!.TextContent, StringComparison.Ordinal);

        var audit = await host.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Subject == $"article:{id}" && e.Action == AuditActions.PreviewLinkCreated).ToListAsync(Cancel));
        Assert.Equal("Sam Sharer", Assert.Single(audit).ActorName);
        // Only the hash of the token is stored.
        var token = path[PreviewLinks.PathPrefix.Length..];
        Assert.False(await host.WithDatabaseAsync(db => db.PreviewLinks.AnyAsync(l => l.TokenHash.Contains(token), Cancel)));
    }

    [Fact]
    public async Task A_link_expires_at_its_time_with_a_410_that_asks_for_a_new_one()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "A story shared for an hour", await StoryDesk.SectionIdAsync(host, "city"));
        var path = await CreateLinkAsync(editor, id, PreviewLinkLifetime.OneHour);
        var reader = NewsroomSession.CreateClient(host);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(reader, path));

        host.FakeClock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(reader, path));
        host.FakeClock.Advance(TimeSpan.FromMinutes(2));

        using var expired = await reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.True(expired.Headers.CacheControl is { NoStore: true, Private: true, Public: false }, $"Cache-Control: {expired.Headers.CacheControl}");
        Assert.Contains("noindex", string.Join(",", expired.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        var text = Html.Parse(await expired.Content.ReadAsStringAsync(Cancel)).QuerySelector("main")!.TextContent;
        Assert.Contains("This preview link has expired or was withdrawn. Ask the newsroom for a new one.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A story shared for an hour", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_last_48_hours_unless_the_creator_picks_otherwise()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Lifetimes of links", await StoryDesk.SectionIdAsync(host, "city"));
        var now = host.FakeClock.GetUtcNow();

        await CreateLinkAsync(editor, id);
        await CreateLinkAsync(editor, id, PreviewLinkLifetime.OneWeek);

        var lifetimes = await host.WithDatabaseAsync(db => db.PreviewLinks.Where(l => l.ArticleId == id).OrderBy(l => l.Id)
            .Select(l => new { l.CreatedAt, l.ExpiresAt }).ToListAsync(Cancel));
        Assert.Equal([TimeSpan.FromHours(48), TimeSpan.FromDays(7)], lifetimes.Select(l => l.ExpiresAt - l.CreatedAt));
        // PostgreSQL keeps microseconds, the test clock ticks in tenths of them.
        Assert.All(lifetimes, l => Assert.Equal(now, l.CreatedAt, TimeSpan.FromMilliseconds(1)));
    }

    [Fact]
    public async Task A_revoked_link_answers_410_at_once_even_after_it_was_read_before()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Rhea Revoker");
        var id = await StoryDesk.CreateAsync(author, "A story shared, then withdrawn", await StoryDesk.SectionIdAsync(host, "city"));
        var path = await CreateLinkAsync(author, id);
        var reader = NewsroomSession.CreateClient(host);
        // Read twice, as a cache would need, before the revocation.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(reader, path));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(reader, path));

        var story = await author.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        var listed = story.QuerySelectorAll("#share-links li");
        Assert.Contains("By Rhea Revoker, until", Assert.Single(listed).TextContent, StringComparison.Ordinal);
        using (var revoked = await BrowserForm.Read(story, "#share-links form[action$='handler=Revoke']").PostAsync(author.Client))
        {
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
            Assert.Equal($"/newsroom/stories/{id}#share-links", revoked.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.Gone, await StatusAsync(reader, path));
        Assert.Equal(HttpStatusCode.Gone, await StatusAsync(reader, path));
        Assert.Empty((await author.Client.GetDocumentAsync($"/newsroom/stories/{id}")).QuerySelectorAll("#share-links li"));
        Assert.True(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Subject == $"article:{id}" && e.Action == AuditActions.PreviewLinkRevoked && e.ActorName == "Rhea Revoker", Cancel)));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("-")]
    public async Task A_tampered_or_unknown_token_is_404(string change)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, $"Tampered link {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        var path = await CreateLinkAsync(editor, id);
        var reader = NewsroomSession.CreateClient(host);
        var tampered = change.Length == 0 ? path[..^1] : path[..^1] + (path[^1] == change[0] ? "A" : change);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(reader, tampered));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(reader, PreviewLinks.PathPrefix + new string('a', 500)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(reader, path));
    }

    [Fact]
    public async Task A_story_has_at_most_20_working_links_and_the_21st_is_refused_in_words()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "A much-shared story", await StoryDesk.SectionIdAsync(host, "city"));
        for (var i = 0; i < PreviewLinks.MaxActivePerStory; i++)
        {
            await CreateLinkAsync(editor, id);
        }

        var story = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        using var refused = await BrowserForm.Read(story, "#share-links form[action$='handler=Create']").PostAsync(editor.Client);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("at most 20 working preview links", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(20, await host.WithDatabaseAsync(db => db.PreviewLinks.CountAsync(l => l.ArticleId == id, Cancel)));
    }

    [Fact]
    public async Task Only_those_who_may_edit_the_story_make_or_revoke_its_links()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        var id = await StoryDesk.CreateAsync(editor, "Not the contributor's story", await StoryDesk.SectionIdAsync(host, "city"));
        await CreateLinkAsync(editor, id);
        var linkId = await host.WithDatabaseAsync(db => db.PreviewLinks.Where(l => l.ArticleId == id).Select(l => l.Id).SingleAsync(Cancel));

        using var create = await contributor.Client.PostFormAsync($"/newsroom/stories/{id}/share-links?handler=Create",
            new Dictionary<string, string> { ["Lifetime"] = "OneWeek" }, "/newsroom/stories/new");
        using var revoke = await contributor.Client.PostFormAsync($"/newsroom/stories/{id}/share-links?handler=Revoke",
            new Dictionary<string, string> { ["linkId"] = linkId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/newsroom/stories/new");
        using var otherStory = await editor.Client.PostFormAsync($"/newsroom/stories/{id + 100000}/share-links?handler=Revoke",
            new Dictionary<string, string> { ["linkId"] = linkId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/newsroom/stories/new");
        using var badLifetime = await editor.Client.PostFormAsync($"/newsroom/stories/{id}/share-links?handler=Create",
            new Dictionary<string, string> { ["Lifetime"] = "Forever" }, "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherStory.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLifetime.StatusCode);
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.PreviewLinks.CountAsync(l => l.ArticleId == id && l.RevokedAt == null, Cancel)));
    }

    [Fact]
    public async Task Trashing_the_story_closes_its_links_and_deleting_it_for_good_deletes_them()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var id = await StoryDesk.CreateAsync(editor, "A story deleted after sharing", await StoryDesk.SectionIdAsync(host, "city"));
        var path = await CreateLinkAsync(editor, id);

        using (var trashed = await TrashDesk.TrashAsync(editor, id))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(NewsroomSession.CreateClient(host), path));
        using (var deleted = await TrashDesk.DeleteForGoodAsync(admin, id))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(NewsroomSession.CreateClient(host), path));
        Assert.False(await host.WithDatabaseAsync(db => db.PreviewLinks.AnyAsync(l => l.ArticleId == id, Cancel)));
    }

    /// <summary>Presses "Make a preview link" in the story page's panel and reads the new link, shown once, back.</summary>
    private static async Task<string> CreateLinkAsync(NewsroomSession session, int id, PreviewLinkLifetime? lifetime = null)
    {
        var story = await session.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        var form = BrowserForm.Read(story, "#share-links form[action$='handler=Create']");
        if (lifetime is { } chosen)
        {
            form.Set("Lifetime", chosen.ToString());
        }
        using (var created = await form.PostAsync(session.Client))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            Assert.Equal($"/newsroom/stories/{id}#share-links", created.Headers.Location!.OriginalString);
        }
        var after = await session.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        var field = (IHtmlInputElement)after.QuerySelector("#share-link-new")!;
        Assert.True(field.IsReadOnly);
        // Shown once: the next visit no longer has it.
        Assert.Null((await session.Client.GetDocumentAsync($"/newsroom/stories/{id}")).QuerySelector("#share-link-new"));
        var path = new Uri(field.Value).AbsolutePath;
        Assert.StartsWith(PreviewLinks.PathPrefix, path, StringComparison.Ordinal);
        return path;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        return response.StatusCode;
    }
}
