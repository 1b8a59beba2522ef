using System.Net;
using Byline.Accounts;
using Byline.Content;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// Autosave of a published story keeps the member's edits as a pending copy: the live page and the stored story stay as
/// they are until the member restores the copy and saves it, or discards it.
/// </summary>
public sealed class PendingCopyTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string LiveBody = "The bridge reopens on Monday.\n\nTraffic will be light at first.";
    private const string EditedBody = "The bridge reopens on Monday.\n\nTraffic will be light at first.\n\nA late paragraph, autosaved.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<Article> StoryAsync(int id) =>
        host.WithDatabaseAsync(db => db.Articles.AsNoTracking().Include(a => a.Section).SingleAsync(a => a.Id == id, Cancel));

    private Task<List<PendingCopy>> CopiesAsync(int id) =>
        host.WithDatabaseAsync(db => db.PendingCopies.AsNoTracking().Where(p => p.ArticleId == id).ToListAsync(Cancel));

    private async Task<string> PublicTextAsync(int id)
    {
        var story = await StoryAsync(id);
        var path = host.Services.GetRequiredService<SiteUrls>().Article(story.Section.Slug, story.PublishedAt!.Value, story.Slug);
        return (await host.CreateReader().GetDocumentAsync(path)).QuerySelector(".story__body")!.TextContent;
    }

    private async Task<int> PublishedStoryAsync(NewsroomSession session, string headline)
    {
        var id = await StoryDesk.CreateAsync(session, headline, await StoryDesk.SectionIdAsync(host, "city"), LiveBody);
        using var published = await StoryDesk.MoveAsync(session, id, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return id;
    }

    private static async Task<HttpResponseMessage> AutosaveAsync(NewsroomSession session, int id, Dictionary<string, string> fields) =>
        await session.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Autosave", fields, $"/newsroom/stories/{id}");

    [Fact]
    public async Task Autosave_of_a_published_story_keeps_a_pending_copy_and_changes_neither_the_live_page_nor_the_stored_story()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await PublishedStoryAsync(editor, "Bridge reopens, pending copy");
        var before = await StoryAsync(id);
        var revisions = await host.WithDatabaseAsync(db => db.Revisions.CountAsync(r => r.ArticleId == id, Cancel));
        var fields = await StoryDesk.CurrentFieldsAsync(host, id);
        fields["Draft.Body"] = EditedBody;

        using var autosave = await AutosaveAsync(editor, id, fields);

        Assert.Equal(HttpStatusCode.OK, autosave.StatusCode);
        Assert.Contains("\"pending\":true", await autosave.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var after = await StoryAsync(id);
        Assert.Equal(LiveBody, after.BodyMarkdown);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(revisions, await host.WithDatabaseAsync(db => db.Revisions.CountAsync(r => r.ArticleId == id, Cancel)));
        Assert.DoesNotContain("autosaved", await PublicTextAsync(id), StringComparison.Ordinal);
        var copy = Assert.Single(await CopiesAsync(id));
        Assert.Equal(EditedBody, copy.BodyMarkdown);
        Assert.Equal(before.Version, copy.BaseVersion);

        // A second autosave replaces the member's copy; it never adds another.
        fields["Draft.Body"] = EditedBody + " Twice.";
        using (var again = await AutosaveAsync(editor, id, fields))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }
        Assert.Equal(EditedBody + " Twice.", Assert.Single(await CopiesAsync(id)).BodyMarkdown);
    }

    [Fact]
    public async Task Reopening_offers_the_copy_restore_puts_it_in_the_form_and_saving_publishes_it_and_removes_the_copy()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var colleague = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await PublishedStoryAsync(editor, "Bridge reopens, restored copy");
        var fields = await StoryDesk.CurrentFieldsAsync(host, id);
        fields["Draft.Body"] = EditedBody;
        using (await AutosaveAsync(editor, id, fields)) { }

        var reopened = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        var notice = reopened.QuerySelector(".pending-copy")!;
        Assert.Matches(@"You have changes saved automatically at \d\d:\d\d that are not on the live page yet", notice.TextContent);
        Assert.Equal($"/newsroom/stories/{id}?restore=pending", notice.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Restore them").GetAttribute("href"));
        Assert.Contains(notice.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Discard");
        Assert.Equal(LiveBody, reopened.QuerySelector("#story-form textarea[name='Draft.Body']")!.TextContent);
        // The copy is the member's own: a colleague opening the story sees the live text and no notice.
        Assert.Null((await colleague.Client.GetDocumentAsync($"/newsroom/stories/{id}")).QuerySelector(".pending-copy"));

        var restored = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}?restore=pending");
        Assert.Equal(EditedBody, restored.QuerySelector("#story-form textarea[name='Draft.Body']")!.TextContent);
        Assert.Contains("press Save to publish them", restored.QuerySelector(".pending-copy")!.TextContent, StringComparison.Ordinal);
        using var saved = await StoryDesk.SaveAsync(editor, id, restored);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(EditedBody, (await StoryAsync(id)).BodyMarkdown);
        Assert.Contains("A late paragraph, autosaved.", await PublicTextAsync(id), StringComparison.Ordinal);
        Assert.Empty(await CopiesAsync(id));
        Assert.Null((await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}")).QuerySelector(".pending-copy"));
    }

    [Fact]
    public async Task Autosave_of_a_scheduled_story_keeps_a_pending_copy_too_and_the_schedule_stands()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Bridge reopens, scheduled", await StoryDesk.SectionIdAsync(host, "city"), LiveBody);
        using (var scheduled = await StoryDesk.MoveAsync(editor, id, "Schedule", DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)))
        {
            Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        }
        var before = await StoryAsync(id);
        Assert.Equal(ArticleStatus.Scheduled, before.Status);
        var fields = await StoryDesk.CurrentFieldsAsync(host, id);
        fields["Draft.Body"] = EditedBody;

        using var autosave = await AutosaveAsync(editor, id, fields);

        Assert.Equal(HttpStatusCode.OK, autosave.StatusCode);
        var after = await StoryAsync(id);
        Assert.Equal((ArticleStatus.Scheduled, LiveBody, before.Version, before.PublishedAt), (after.Status, after.BodyMarkdown, after.Version, after.PublishedAt));
        Assert.Equal(EditedBody, Assert.Single(await CopiesAsync(id)).BodyMarkdown);
    }

    [Fact]
    public async Task Discard_removes_the_copy_and_leaves_the_live_story_as_it_was()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await PublishedStoryAsync(editor, "Bridge reopens, discarded copy");
        var fields = await StoryDesk.CurrentFieldsAsync(host, id);
        fields["Draft.Body"] = EditedBody;
        using (await AutosaveAsync(editor, id, fields)) { }

        using var discarded = await editor.Client.PostFormAsync($"/newsroom/stories/{id}?handler=DiscardPending", new Dictionary<string, string>(), $"/newsroom/stories/{id}");

        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Empty(await CopiesAsync(id));
        Assert.Equal(LiveBody, (await StoryAsync(id)).BodyMarkdown);
        Assert.Null((await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}")).QuerySelector(".pending-copy"));
    }

    [Fact]
    public async Task A_copy_older_than_the_story_says_someone_saved_since_and_its_save_merges_with_theirs()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var colleague = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await PublishedStoryAsync(editor, "Bridge reopens, copy behind");
        var fields = await StoryDesk.CurrentFieldsAsync(host, id);
        fields["Draft.Body"] = EditedBody;
        using (await AutosaveAsync(editor, id, fields)) { }
        using (var theirs = await StoryDesk.SaveAsync(colleague, id, await colleague.Client.GetDocumentAsync($"/newsroom/stories/{id}"),
            new Dictionary<string, string> { ["Draft.Body"] = LiveBody.Replace("The bridge reopens on Monday.", "The bridge reopens on Tuesday.", StringComparison.Ordinal) }))
        {
            Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        }

        var reopened = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        Assert.Contains("Someone has saved this story since", reopened.QuerySelector(".pending-copy")!.TextContent, StringComparison.Ordinal);
        using var saved = await StoryDesk.SaveAsync(editor, id, await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}?restore=pending"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(
            "The bridge reopens on Tuesday.\n\nTraffic will be light at first.\n\nA late paragraph, autosaved.",
            (await StoryAsync(id)).BodyMarkdown);
    }
}
