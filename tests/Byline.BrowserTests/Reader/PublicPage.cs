using Byline.Content;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.BrowserTests.Reader;

/// <summary>
/// One public page type the measuring tests visit: <paramref name="Name"/> names its screenshots and its failures,
/// <paramref name="StorySlug"/> (for a story) or <paramref name="Path"/> (for any other page) says where it is, and
/// <paramref name="Status"/> is the HTTP status a reader gets there.
/// </summary>
public sealed record PublicPage(string Name, string? Path, string? StorySlug = null, int Status = 200)
{
    /// <summary>A page at a fixed address.</summary>
    public static PublicPage At(string name, string path, int status = 200) => new(name, path, null, status);

    /// <summary>A sample story, named by its slug: its dated address is looked up in the host's database.</summary>
    public static PublicPage Story(string name, string slug) => new(name, null, slug);

    public async Task<string> PathOnAsync(BylineHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (StorySlug is null)
        {
            return Path!;
        }
        var story = await host.WithDatabaseAsync(db => db.Articles.AsNoTracking().Include(a => a.Section)
            .SingleAsync(a => a.Slug == StorySlug && a.Status == ArticleStatus.Published, TestContext.Current.CancellationToken));
        return host.Services.GetRequiredService<SiteUrls>().Article(story.Section.Slug, story.PublishedAt!.Value, story.Slug);
    }
}
