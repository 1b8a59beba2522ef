using System.Net;
using Byline.Accounts;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

public sealed class StoryWorkflowTests(BylineHost host) : IClassFixture<BylineHost>
{
    private readonly HttpClient _reader = host.CreateReader();

    private Task<Article> StoryAsync(int id) =>
        host.WithDatabaseAsync(db => db.Articles.AsNoTracking().Include(a => a.Section).SingleAsync(a => a.Id == id, TestContext.Current.CancellationToken));

    private async Task<HttpStatusCode> PublicStatusAsync(int id)
    {
        var story = await StoryAsync(id);
        if (story.PublishedAt is null)
        {
            return HttpStatusCode.NotFound;
        }
        var path = host.Services.GetRequiredService<Byline.Site.SiteUrls>().Article(story.Section.Slug, story.PublishedAt.Value, story.Slug);
        using var response = await _reader.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_contributor_writes_a_draft_submits_it_and_an_editor_publishes_it_to_the_front_page_and_feed()
    {
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Nell Ashdown");
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var frontBefore = await _reader.GetDocumentAsync("/");
        var section = await StoryDesk.SectionIdAsync(host, "city");

        var id = await StoryDesk.CreateAsync(contributor, "Harbour lights switched on for the winter", section);
        var draft = await StoryAsync(id);
        Assert.Equal(ArticleStatus.Draft, draft.Status);
        Assert.Equal("harbour-lights-switched-on-for-the-winter", draft.Slug);
        Assert.Contains("<h2 id=\"what-happened\">", draft.BodyHtml, StringComparison.Ordinal);

        using (var publishByContributor = await StoryDesk.MoveAsync(contributor, id, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, publishByContributor.StatusCode);
        }
        using (var submit = await StoryDesk.MoveAsync(contributor, id, "Submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        }
        Assert.Equal(ArticleStatus.InReview, (await StoryAsync(id)).Status);

        using (var publish = await StoryDesk.MoveAsync(editor, id, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }
        Assert.Equal(ArticleStatus.Published, (await StoryAsync(id)).Status);
        Assert.Equal(HttpStatusCode.OK, await PublicStatusAsync(id));

        Assert.DoesNotContain("Harbour lights switched on", frontBefore.Body!.TextContent, StringComparison.Ordinal);
        var frontAfter = await _reader.GetDocumentAsync("/");
        Assert.Equal("Harbour lights switched on for the winter", frontAfter.QuerySelector(".lead-story h2")!.TextContent);
        using var feed = await _reader.GetAsync(new Uri("/feed", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("Harbour lights switched on for the winter", await feed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var actions = await host.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Subject == $"article:{id}").Select(e => e.Action).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Contains(AuditActions.ArticleSubmitted, actions);
        Assert.Contains(AuditActions.ArticlePublished, actions);
    }

    [Theory]
    [InlineData("Submit", ArticleStatus.Published)]
    [InlineData("Unpublish", ArticleStatus.Draft)]
    [InlineData("Publish", ArticleStatus.Published)]
    [InlineData("ReturnToDraft", ArticleStatus.Published)]
    [InlineData("Schedule", ArticleStatus.Published)]
    public async Task A_move_the_workflow_does_not_allow_is_refused_with_409_and_a_message(string move, ArticleStatus from)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, $"Workflow check {move} {from} {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        if (from == ArticleStatus.Published)
        {
            using var published = await StoryDesk.MoveAsync(editor, id, "Publish");
        }

        using var response = await StoryDesk.MoveAsync(editor, id, move, "2099-01-01T09:00");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("cannot be moved with", html, StringComparison.Ordinal);
        Assert.Equal(from, (await StoryAsync(id)).Status);
    }

    [Fact]
    public async Task Unpublishing_answers_410_and_publishing_again_keeps_the_address()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var id = await StoryDesk.CreateAsync(author, "Ferry timetable changes for the spring", await StoryDesk.SectionIdAsync(host, "business"));
        using (await StoryDesk.MoveAsync(author, id, "Publish")) { }
        var publishedAt = (await StoryAsync(id)).PublishedAt;

        using (await StoryDesk.MoveAsync(author, id, "Unpublish")) { }
        Assert.Equal(HttpStatusCode.Gone, await PublicStatusAsync(id));

        using (await StoryDesk.MoveAsync(author, id, "Publish")) { }
        Assert.Equal(publishedAt, (await StoryAsync(id)).PublishedAt);
        Assert.Equal(HttpStatusCode.OK, await PublicStatusAsync(id));
    }

    [Fact]
    public async Task Changing_a_live_storys_slug_or_section_leaves_a_301_from_the_old_address()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Lifeboat station gets a new slipway", await StoryDesk.SectionIdAsync(host, "city"));
        using (await StoryDesk.MoveAsync(editor, id, "Publish")) { }
        var before = await StoryAsync(id);
        var oldPath = host.Services.GetRequiredService<Byline.Site.SiteUrls>().Article(before.Section.Slug, before.PublishedAt!.Value, before.Slug);

        var fields = await StoryDesk.CurrentFieldsAsync(host, id);
        fields["Draft.Slug"] = "lifeboat-slipway-rebuilt";
        fields["Draft.SectionId"] = (await StoryDesk.SectionIdAsync(host, "environment")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var save = await editor.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Save", fields, $"/newsroom/stories/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        }

        var after = await StoryAsync(id);
        var newPath = host.Services.GetRequiredService<Byline.Site.SiteUrls>().Article(after.Section.Slug, after.PublishedAt!.Value, after.Slug);
        Assert.StartsWith("/environment/", newPath, StringComparison.Ordinal);
        Assert.EndsWith("/lifeboat-slipway-rebuilt", newPath, StringComparison.Ordinal);
        using var old = await _reader.GetAsync(new Uri(oldPath, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal(newPath, old.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, await PublicStatusAsync(id));
    }

    [Fact]
    public async Task Editing_a_live_story_moves_its_update_date_and_shows_the_change_at_once()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Tidal clock restored on the quay", await StoryDesk.SectionIdAsync(host, "culture"));
        using (await StoryDesk.MoveAsync(editor, id, "Publish")) { }
        var story = await StoryAsync(id);
        var path = host.Services.GetRequiredService<Byline.Site.SiteUrls>().Article(story.Section.Slug, story.PublishedAt!.Value, story.Slug);
        var before = await _reader.GetDocumentAsync(path);
        Assert.Null(story.UpdatedAt);

        var fields = await StoryDesk.CurrentFieldsAsync(host, id);
        fields["Draft.Body"] = "The clock now keeps tide time again.\n\n## Who fixed it\n\nVolunteers from the quay.";
        using (await editor.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Save", fields, $"/newsroom/stories/{id}")) { }

        var after = await _reader.GetDocumentAsync(path);
        Assert.DoesNotContain("Who fixed it", before.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Who fixed it", after.QuerySelector(".story__body")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await StoryAsync(id)).UpdatedAt);
        Assert.Contains("Updated", after.QuerySelector(".byline__meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_in_the_markdown_never_reaches_the_public_page()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var id = await StoryDesk.CreateAsync(admin, "Sanitizer check", await StoryDesk.SectionIdAsync(host, "city"),
            "Hello <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))");
        using (await StoryDesk.MoveAsync(admin, id, "Publish")) { }
        var story = await StoryAsync(id);

        Assert.DoesNotContain("<script", story.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", story.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", story.BodyHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Invalid_fields_come_back_with_messages_and_nothing_is_saved()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var before = await host.WithDatabaseAsync(db => db.Articles.CountAsync(TestContext.Current.CancellationToken));
        var fields = StoryDesk.Fields("", await StoryDesk.SectionIdAsync(host, "city"));
        fields["Draft.Slug"] = "Not A Slug!";

        using var response = await author.Client.PostFormAsync("/newsroom/stories/new?handler=Save", fields, "/newsroom/stories/new");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("A headline is required.", html, StringComparison.Ordinal);
        Assert.Equal(before, await host.WithDatabaseAsync(db => db.Articles.CountAsync(TestContext.Current.CancellationToken)));

        var duplicate = StoryDesk.Fields("Anything", await StoryDesk.SectionIdAsync(host, "city"), slug: Stories.Footbridge);
        using var taken = await author.Client.PostFormAsync("/newsroom/stories/new?handler=Save", duplicate, "/newsroom/stories/new");
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("already uses the slug", await taken.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_renders_the_body_with_the_public_renderer_without_saving()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var fields = StoryDesk.Fields("Preview only", await StoryDesk.SectionIdAsync(host, "city"), "Intro.\n\n## A subheading\n\nMore.");
        var before = await host.WithDatabaseAsync(db => db.Articles.CountAsync(TestContext.Current.CancellationToken));

        using var response = await author.Client.PostFormAsync("/newsroom/stories/new/preview", fields, "/newsroom/stories/new");
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("a-subheading", page.QuerySelector("article.story .prose h2")!.Id);
        Assert.Equal(before, await host.WithDatabaseAsync(db => db.Articles.CountAsync(TestContext.Current.CancellationToken)));
    }
}
