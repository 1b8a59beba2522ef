using System.Net;
using Byline.Accounts;
using Byline.Content;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>A workflow button sends the story form with it: what the member typed is saved, then the story moves, or neither.</summary>
public sealed class WorkflowMovesSaveTheFormTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string TypedBody = "The ferry now stops at the new pontoon.\n\n## Typed before the move\n\nNo one pressed Save.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<Article> StoryAsync(int id) =>
        host.WithDatabaseAsync(db => db.Articles.AsNoTracking().Include(a => a.Section).SingleAsync(a => a.Id == id, Cancel));

    private Task<List<Revision>> RevisionsAsync(int id) =>
        host.WithDatabaseAsync(db => db.Revisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync(Cancel));

    private static Dictionary<string, string> Typed(string headline) => new()
    {
        ["Draft.Headline"] = headline,
        ["Draft.Body"] = TypedBody,
    };

    private async Task<int> DraftAsync(NewsroomSession author, string headline) =>
        await StoryDesk.CreateAsync(author, headline, await StoryDesk.SectionIdAsync(host, "city"), "The words first saved.");

    [Fact]
    public async Task Publish_now_publishes_the_headline_and_body_typed_in_the_form_without_a_separate_save()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var id = await DraftAsync(author, "Pontoon plans go to the council");
        var editPage = await author.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        var publishButton = editPage.QuerySelectorAll("button[name=move]").Single(b => b.TextContent.Trim() == "Publish now");
        Assert.Equal("story-form", publishButton.GetAttribute("form"));
        Assert.Equal($"/newsroom/stories/{id}?handler=Move", publishButton.GetAttribute("formaction"));

        using var response = await StoryDesk.MoveAsync(author, id, "Publish", changes: Typed("Ferry stops at the new pontoon from Monday"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var story = await StoryAsync(id);
        Assert.Equal(ArticleStatus.Published, story.Status);
        Assert.Equal("Ferry stops at the new pontoon from Monday", story.Headline);
        var path = host.Services.GetRequiredService<SiteUrls>().Article(story.Section.Slug, story.PublishedAt!.Value, story.Slug);
        var publicPage = await host.CreateReader().GetDocumentAsync(path);
        Assert.Equal("Ferry stops at the new pontoon from Monday", publicPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("No one pressed Save.", publicPage.QuerySelector(".story__body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(TypedBody, (await RevisionsAsync(id))[^1].BodyMarkdown);
    }

    [Theory]
    [InlineData("Submit", ArticleStatus.Draft, ArticleStatus.InReview)]
    [InlineData("Schedule", ArticleStatus.Draft, ArticleStatus.Scheduled)]
    [InlineData("Unpublish", ArticleStatus.Published, ArticleStatus.Unpublished)]
    [InlineData("ReturnToDraft", ArticleStatus.InReview, ArticleStatus.Draft)]
    public async Task Every_move_saves_the_form_first(string move, ArticleStatus from, ArticleStatus to)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await DraftAsync(editor, $"Move {move} saves first {Guid.NewGuid():N}");
        if (from != ArticleStatus.Draft)
        {
            using var before = await StoryDesk.MoveAsync(editor, id, from == ArticleStatus.Published ? "Publish" : "Submit");
            Assert.Equal(from, (await StoryAsync(id)).Status);
        }

        var headline = $"Typed before {move} {Guid.NewGuid():N}";
        using var response = await StoryDesk.MoveAsync(editor, id, move, changes: Typed(headline));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var story = await StoryAsync(id);
        Assert.Equal(to, story.Status);
        Assert.Equal(headline, story.Headline);
        Assert.Equal(TypedBody, story.BodyMarkdown);
        Assert.Contains("Typed before the move", story.BodyHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Draft.Headline", "", "A headline is required.")]
    [InlineData("Draft.Slug", Stories.Footbridge, "already uses the slug")]
    public async Task A_move_whose_form_is_invalid_neither_saves_nor_moves_and_keeps_what_the_member_typed(string field, string value, string message)
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var id = await DraftAsync(author, $"Invalid move {Guid.NewGuid():N}");
        var before = await StoryAsync(id);
        var revisionsBefore = (await RevisionsAsync(id)).Count;
        var typed = Typed(before.Headline);
        typed[field] = value;

        using var response = await StoryDesk.MoveAsync(author, id, "Publish", changes: typed);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains(message, page.QuerySelector("#story-form")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(TypedBody, page.QuerySelector("#story-form textarea[name='Draft.Body']")!.TextContent);
        var after = await StoryAsync(id);
        Assert.Equal(ArticleStatus.Draft, after.Status);
        Assert.Equal(before.BodyMarkdown, after.BodyMarkdown);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(revisionsBefore, (await RevisionsAsync(id)).Count);
    }

    [Fact]
    public async Task A_refused_move_saves_nothing_and_shows_the_form_as_the_member_typed_it()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var id = await DraftAsync(author, $"Refused schedule {Guid.NewGuid():N}");
        var before = await StoryAsync(id);

        using var response = await StoryDesk.MoveAsync(author, id, "Schedule", "2001-01-01T09:00", Typed("Typed, then scheduled in the past"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("in the future", page.QuerySelector("#story-form [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Typed, then scheduled in the past", page.QuerySelector("#story-form input[name='Draft.Headline']")!.GetAttribute("value"));
        Assert.Equal(TypedBody, page.QuerySelector("#story-form textarea[name='Draft.Body']")!.TextContent);
        var after = await StoryAsync(id);
        Assert.Equal((ArticleStatus.Draft, before.Headline, before.Version), (after.Status, after.Headline, after.Version));
    }

    [Fact]
    public async Task A_move_from_an_older_version_shows_the_conflict_and_neither_saves_nor_moves()
    {
        using var first = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Iris Pengelly");
        using var second = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Jory Trelawny");
        var id = await DraftAsync(first, $"Conflicting move {Guid.NewGuid():N}");
        var openedByFirst = await first.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        var openedBySecond = await second.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        using (var saved = await StoryDesk.SaveAsync(second, id, openedBySecond, new Dictionary<string, string> { ["Draft.Body"] = "Jory's words." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var response = await StoryDesk.MoveFromAsync(first, id, openedByFirst, "Publish", new Dictionary<string, string> { ["Draft.Body"] = "Iris's words." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("Jory Trelawny", page.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Iris's words.", page.QuerySelector("#story-form textarea[name='Draft.Body']")!.TextContent);
        var story = await StoryAsync(id);
        Assert.Equal((ArticleStatus.Draft, "Jory's words."), (story.Status, story.BodyMarkdown));
    }

    [Fact]
    public async Task A_move_with_an_unchanged_form_adds_no_revision()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var id = await DraftAsync(author, $"Unchanged move {Guid.NewGuid():N}");
        var revisionsBefore = (await RevisionsAsync(id)).Count;

        using var response = await StoryDesk.MoveAsync(author, id, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticleStatus.Published, (await StoryAsync(id)).Status);
        Assert.Equal(revisionsBefore, (await RevisionsAsync(id)).Count);
    }
}
