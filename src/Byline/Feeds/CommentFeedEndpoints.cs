using Byline.Caching;
using Byline.Site;

namespace Byline.Feeds;

/// <summary>The Atom feed of each story's approved comments, at the story's path + <see cref="SiteUrls.CommentFeedSuffix"/>.</summary>
public static class CommentFeedEndpoints
{
    public const string Route = "/{section}/{year:int}/{month:int}/{day:int}/{slug}" + SiteUrls.CommentFeedSuffix;

    public static WebApplication MapCommentFeeds(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The date segments are checked against the story's own address by the composer, which redirects a stale one.
        app.MapGet(Route, (string section, string slug, CommentFeedComposer composer, CancellationToken ct) =>
                composer.StoryAsync(section, slug, ct))
            .CacheOutput(CachePolicies.Machine);
        return app;
    }
}
