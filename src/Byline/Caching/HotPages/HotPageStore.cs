using System.Collections.Concurrent;

namespace Byline.Caching.HotPages;

/// <summary>
/// This node's ready-to-send public pages, by address. Entries leave when a tag they carry is evicted (through
/// <see cref="HotPageEvictingStore"/>, the same evictions as the output cache), when they expire, or never arrive once
/// the store holds <see cref="MaxBytes"/>.
/// </summary>
public sealed class HotPageStore(TimeProvider clock, bool enabled)
{
    /// <summary>
    /// Off when the output cache is off, or shared in Redis by several nodes: an eviction on one node could not reach the
    /// hot pages of the others.
    /// </summary>
    public bool Enabled { get; } = enabled;

    public const long MaxBytes = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, HotPage> _pages = new(StringComparer.Ordinal);
    private long _bytes;

    public int Count => _pages.Count;

    public TimeProvider Clock { get; } = clock;

    public HotPage? Find(string key)
    {
        if (!_pages.TryGetValue(key, out var page))
        {
            return null;
        }
        if (page.ExpiresAt > Clock.GetUtcNow())
        {
            return page;
        }
        Remove(key, page);
        return null;
    }

    public void Add(string key, HotPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Interlocked.Read(ref _bytes) + page.Size > MaxBytes)
        {
            RemoveExpired();
            if (Interlocked.Read(ref _bytes) + page.Size > MaxBytes)
            {
                return;
            }
        }
        _pages.AddOrUpdate(key,
            _ =>
            {
                Interlocked.Add(ref _bytes, page.Size);
                return page;
            },
            (_, old) =>
            {
                Interlocked.Add(ref _bytes, page.Size - old.Size);
                return page;
            });
    }

    public void EvictTag(string tag)
    {
        foreach (var (key, page) in _pages)
        {
            if (page.Tags.Contains(tag))
            {
                Remove(key, page);
            }
        }
    }

    private void RemoveExpired()
    {
        var now = Clock.GetUtcNow();
        foreach (var (key, page) in _pages)
        {
            if (page.ExpiresAt <= now)
            {
                Remove(key, page);
            }
        }
    }

    private void Remove(string key, HotPage page)
    {
        if (_pages.TryRemove(new KeyValuePair<string, HotPage>(key, page)))
        {
            Interlocked.Add(ref _bytes, -page.Size);
        }
    }
}
