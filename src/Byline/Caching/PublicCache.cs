using Microsoft.AspNetCore.OutputCaching;

namespace Byline.Caching;

/// <summary>Evicts public responses by tag when content changes; the one place that knows what a change touches.</summary>
public sealed class PublicCache(IOutputCacheStore store)
{
    /// <summary>A story's page and every list, feed and sitemap it is (or was) part of.</summary>
    public async Task EvictStoryAsync(StoryCacheScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var tags = new HashSet<string> { CacheTags.Article(scope.ArticleId), CacheTags.Front, CacheTags.Feeds, CacheTags.Sitemaps };
        tags.UnionWith(scope.SectionIds.Select(CacheTags.Section));
        tags.UnionWith(scope.TagIds.Select(CacheTags.Tag));
        tags.UnionWith(scope.PersonIds.Select(CacheTags.Person));
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    /// <summary>
    /// A story's approved comments changed: its page and comment feed (both tagged with the story), and every list that
    /// shows its comment count. The story feeds and sitemaps do not show comments, so they stay.
    /// </summary>
    public async Task EvictCommentsAsync(StoryCacheScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var tags = new HashSet<string> { CacheTags.Article(scope.ArticleId), CacheTags.Front };
        tags.UnionWith(scope.SectionIds.Select(CacheTags.Section));
        tags.UnionWith(scope.TagIds.Select(CacheTags.Tag));
        tags.UnionWith(scope.PersonIds.Select(CacheTags.Person));
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    /// <summary>Every page: for changes every page shows, such as the site title or the section navigation.</summary>
    public async Task EvictEverythingAsync(CancellationToken cancellationToken)
    {
        foreach (var tag in new[] { CacheTags.Navigation, CacheTags.Feeds, CacheTags.Sitemaps })
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    public Task EvictAsync(string tag, CancellationToken cancellationToken) => store.EvictByTagAsync(tag, cancellationToken).AsTask();
}
