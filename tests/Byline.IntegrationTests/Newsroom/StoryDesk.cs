using System.Net;
using AngleSharp.Html.Dom;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>Drives the story editor over HTTP the way a member's browser does.</summary>
internal static class StoryDesk
{
    public static Dictionary<string, string> Fields(string headline, int sectionId, string body = "Opening paragraph.\n\n## What happened\n\nThe details.", string? slug = null) => new()
    {
        ["Draft.Headline"] = headline,
        ["Draft.Slug"] = slug ?? "",
        ["Draft.Standfirst"] = $"A standfirst for {headline}.",
        ["Draft.Body"] = body,
        ["Draft.SectionId"] = sectionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Draft.Tags"] = "Harbour, Test desk",
        ["Draft.CommentsOpen"] = "true",
        ["Draft.Version"] = "0",
    };

    public static async Task<int> CreateAsync(NewsroomSession session, string headline, int sectionId, string? body = null)
    {
        using var response = await session.Client.PostFormAsync(
            "/newsroom/stories/new?handler=Save", body is null ? Fields(headline, sectionId) : Fields(headline, sectionId, body), "/newsroom/stories/new");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Presses a workflow button on the story's page: the story form goes with it, as the page shows it with
    /// <paramref name="changes"/> typed in, and <paramref name="publishAt"/> in the schedule field when given.
    /// </summary>
    public static async Task<HttpResponseMessage> MoveAsync(
        NewsroomSession session, int id, string move, string? publishAt = null, IReadOnlyDictionary<string, string>? changes = null)
    {
        var page = await session.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        var typed = new Dictionary<string, string>(changes ?? new Dictionary<string, string>());
        if (publishAt is not null)
        {
            typed["PublishAt"] = publishAt;
        }
        return await MoveFromAsync(session, id, page, move, typed);
    }

    /// <summary>Presses a workflow button on <paramref name="page"/>, a story page the member opened earlier.</summary>
    public static Task<HttpResponseMessage> MoveFromAsync(
        NewsroomSession session, int id, IHtmlDocument page, string move, IReadOnlyDictionary<string, string> changes) =>
        StoryForm(page, changes).Set("move", move).PostAsync(session.Client, $"/newsroom/stories/{id}?handler=Move");

    /// <summary>Presses Save on the story form as <paramref name="page"/> shows it, with <paramref name="changes"/> typed in.</summary>
    public static Task<HttpResponseMessage> SaveAsync(NewsroomSession session, int id, IHtmlDocument page, IReadOnlyDictionary<string, string>? changes = null) =>
        StoryForm(page, changes ?? new Dictionary<string, string>()).PostAsync(session.Client, $"/newsroom/stories/{id}?handler=Save");

    /// <summary>
    /// The story form (<c>#story-form</c> and the fields outside it that name it with <c>form=</c>) as the browser
    /// sends it, with <paramref name="changes"/> typed in.
    /// </summary>
    private static BrowserForm StoryForm(IHtmlDocument page, IReadOnlyDictionary<string, string> changes)
    {
        var form = BrowserForm.Read(page, "#story-form");
        foreach (var (name, value) in changes)
        {
            form.Set(name, value);
        }
        return form;
    }

    public static async Task<Dictionary<string, string>> CurrentFieldsAsync(BylineHost host, int id)
    {
        var story = await host.WithDatabaseAsync(db => db.Articles.Include(a => a.Tags).Include(a => a.Authors)
            .SingleAsync(a => a.Id == id, TestContext.Current.CancellationToken));
        var fields = Fields(story.Headline, story.SectionId, story.BodyMarkdown, story.Slug);
        fields["Draft.Standfirst"] = story.Standfirst;
        fields["Draft.Version"] = story.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return fields;
    }

    public static Task<int> SectionIdAsync(BylineHost host, string slug) =>
        host.WithDatabaseAsync(db => db.Sections.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken));
}
