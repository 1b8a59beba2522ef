using System.Globalization;
using System.Net;
using System.Text.Json;
using Byline.Accounts;
using Byline.Content;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// The new-story page offers the moves the member's role allows from a new draft: one request creates the story and
/// moves it; a refused move leaves it saved as a draft. Its first autosave creates the draft.
/// </summary>
public sealed class NewStoryMovesTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<Dictionary<string, string>> NewStoryAsync(string headline, string move) =>
        new(StoryDesk.Fields(headline, await StoryDesk.SectionIdAsync(host, "city"))) { ["move"] = move };

    private Task<Article?> StoryNamedAsync(string headline) =>
        host.WithDatabaseAsync(db => db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Headline == headline, Cancel));

    private static IEnumerable<string> MoveButtons(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("button[name=move]").Select(b => b.TextContent.Trim());

    [Fact]
    public async Task An_editor_may_publish_schedule_or_submit_a_new_story_and_a_contributor_only_submit_it()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);

        var editorsPage = await editor.Client.GetDocumentAsync("/newsroom/stories/new");
        var contributorsPage = await contributor.Client.GetDocumentAsync("/newsroom/stories/new");

        Assert.Equal(["Submit for review", "Publish now", "Schedule"], MoveButtons(editorsPage));
        Assert.All(editorsPage.QuerySelectorAll("button[name=move]"), b =>
        {
            Assert.Equal("story-form", b.GetAttribute("form"));
            Assert.Equal("/newsroom/stories/new?handler=Move", b.GetAttribute("formaction"));
        });
        Assert.Contains("Publish at (", editorsPage.QuerySelector("label[for=publish-at]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Submit for review"], MoveButtons(contributorsPage));
        Assert.Null(contributorsPage.QuerySelector("#publish-at"));
    }

    [Fact]
    public async Task Publish_now_creates_and_publishes_the_story_in_one_request()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        using var response = await editor.Client.PostFormAsync("/newsroom/stories/new?handler=Move",
            await NewStoryAsync("Ferry timetable published in one step", "Publish"), "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var story = await StoryNamedAsync("Ferry timetable published in one step");
        Assert.NotNull(story);
        Assert.Equal(ArticleStatus.Published, story.Status);
        Assert.Equal($"/newsroom/stories/{story.Id}", response.Headers.Location!.OriginalString);
        var landed = await editor.Client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Published", landed.QuerySelector(".notice--success")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contributor_submits_a_new_story_for_review_and_cannot_publish_one()
    {
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);

        using var refused = await contributor.Client.PostFormAsync("/newsroom/stories/new?handler=Move",
            await NewStoryAsync("A contributor tries to publish", "Publish"), "/newsroom/stories/new");
        using var submitted = await contributor.Client.PostFormAsync("/newsroom/stories/new?handler=Move",
            await NewStoryAsync("A contributor submits a story", "Submit"), "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(await StoryNamedAsync("A contributor tries to publish"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(ArticleStatus.InReview, (await StoryNamedAsync("A contributor submits a story"))!.Status);
    }

    [Fact]
    public async Task Schedule_reads_the_time_in_the_sites_time_zone()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var zone = host.Services.GetRequiredService<SiteIdentity>().Current.TimeZone;
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(2), zone);
        var typed = new DateTime(local.Year, local.Month, local.Day, 9, 30, 0, DateTimeKind.Unspecified);
        var fields = await NewStoryAsync("Scheduled from the new-story page", "Schedule");
        fields["PublishAt"] = typed.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        using var response = await editor.Client.PostFormAsync("/newsroom/stories/new?handler=Move", fields, "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var story = await StoryNamedAsync("Scheduled from the new-story page");
        Assert.Equal(ArticleStatus.Scheduled, story!.Status);
        Assert.Equal(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(typed, zone)), story.PublishedAt);
    }

    [Fact]
    public async Task A_schedule_time_in_the_past_leaves_the_story_saved_as_a_draft_and_says_why()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var fields = await NewStoryAsync("Scheduled for yesterday by mistake", "Schedule");
        fields["PublishAt"] = "2001-01-01T09:00";

        using var response = await editor.Client.PostFormAsync("/newsroom/stories/new?handler=Move", fields, "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var story = await StoryNamedAsync("Scheduled for yesterday by mistake");
        Assert.Equal(ArticleStatus.Draft, story!.Status);
        var landed = await editor.Client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var flash = landed.QuerySelector(".notice--success")!.TextContent;
        Assert.Contains("saved as a draft, but not moved", flash, StringComparison.Ordinal);
        Assert.Contains("publication time in the future", flash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_autosave_creates_the_draft_and_later_ones_save_that_story()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var fields = StoryDesk.Fields("Autosaved before anyone pressed Save", await StoryDesk.SectionIdAsync(host, "city"), "First words.");

        using var first = await author.Client.PostFormAsync("/newsroom/stories/new?handler=Autosave", fields, "/newsroom/stories/new");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync(Cancel));
        var id = json.RootElement.GetProperty("id").GetInt32();
        Assert.True(json.RootElement.GetProperty("saved").GetBoolean());
        Assert.Equal($"/newsroom/stories/{id}", json.RootElement.GetProperty("editUrl").GetString());
        var story = await StoryNamedAsync("Autosaved before anyone pressed Save");
        Assert.Equal(id, story!.Id);
        Assert.Equal(ArticleStatus.Draft, story.Status);

        fields["Draft.Body"] = "First words, and more.";
        fields["Draft.Version"] = json.RootElement.GetProperty("version").GetInt32().ToString(CultureInfo.InvariantCulture);
        using var second = await author.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Autosave", fields, $"/newsroom/stories/{id}");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Articles.CountAsync(a => a.Headline == "Autosaved before anyone pressed Save", Cancel)));
        Assert.Equal("First words, and more.", (await StoryNamedAsync("Autosaved before anyone pressed Save"))!.BodyMarkdown);
    }

    [Fact]
    public async Task An_autosave_of_a_new_story_without_a_headline_is_a_clear_400_and_creates_nothing()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var before = await host.WithDatabaseAsync(db => db.Articles.CountAsync(Cancel));
        var fields = StoryDesk.Fields("", await StoryDesk.SectionIdAsync(host, "city"));

        using var response = await author.Client.PostFormAsync("/newsroom/stories/new?handler=Autosave", fields, "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Not saved yet", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(before, await host.WithDatabaseAsync(db => db.Articles.CountAsync(Cancel)));
    }
}
