using Byline.Content;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests;

/// <summary>Looks sample stories up in the application's own database, so tests never hard-code dated URLs.</summary>
internal static class Stories
{
    public const string Footbridge = "saltmarsh-footbridge-rebuild-tram-route";
    public const string PortRecord = "port-of-larkhaven-container-record-marrowby-ferry";

    public static Task<Article> StoryAsync(this BylineHost host, string slug) =>
        host.WithDatabaseAsync(db => db.Articles.AsNoTracking()
            .Include(a => a.Section)
            .Include(a => a.Authors).ThenInclude(a => a.Person)
            .Include(a => a.Tags)
            .SingleAsync(a => a.Slug == slug, TestContext.Current.CancellationToken));

    public static async Task<string> PathOfAsync(this BylineHost host, string slug)
    {
        var story = await host.StoryAsync(slug);
        return host.Services.GetRequiredService<SiteUrls>().Article(story.Section.Slug, story.PublishedAt!.Value, story.Slug);
    }
}
