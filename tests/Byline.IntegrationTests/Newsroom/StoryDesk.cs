using System.Net;
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

    public static Task<HttpResponseMessage> MoveAsync(NewsroomSession session, int id, string move, string? publishAt = null)
    {
        var fields = new Dictionary<string, string> { ["move"] = move };
        if (publishAt is not null)
        {
            fields["PublishAt"] = publishAt;
        }
        return session.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Move", fields, $"/newsroom/stories/{id}");
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
