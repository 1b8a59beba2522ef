using System.Globalization;
using System.Net;
using Byline.IntegrationTests.Newsroom;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Pages;

/// <summary>Publishes stories through the newsroom's forms, with tags and a featured image, for the front page and story-end tests.</summary>
internal static class StoryEndDesk
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Creates and publishes a story as an editor does; returns its id.</summary>
    public static async Task<int> PublishAsync(
        BylineHost host, NewsroomSession editor, string headline, string section, string tags, int? featuredImageId = null)
    {
        var fields = StoryDesk.Fields(headline, await StoryDesk.SectionIdAsync(host, section));
        fields["Draft.Tags"] = tags;
        if (featuredImageId is { } imageId)
        {
            fields["Draft.FeaturedImageId"] = imageId.ToString(CultureInfo.InvariantCulture);
        }
        int id;
        using (var created = await editor.Client.PostFormAsync("/newsroom/stories/new?handler=Save", fields, "/newsroom/stories/new"))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        }
        using (var published = await StoryDesk.MoveAsync(editor, id, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        return id;
    }

    public static async Task<string> PathAsync(BylineHost host, int id) =>
        await host.PathOfAsync(await host.WithDatabaseAsync(db => db.AllArticles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync(Cancel)));
}
