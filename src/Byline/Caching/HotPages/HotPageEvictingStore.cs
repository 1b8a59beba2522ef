using Microsoft.AspNetCore.OutputCaching;

namespace Byline.Caching.HotPages;

/// <summary>The output-cache store, with every tag eviction also applied to this node's hot pages.</summary>
public sealed class HotPageEvictingStore(IOutputCacheStore inner, HotPageStore hotPages) : IOutputCacheStore
{
    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        inner.SetAsync(key, value, tags, validFor, cancellationToken);

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        hotPages.EvictTag(tag);
        return inner.EvictByTagAsync(tag, cancellationToken);
    }
}
