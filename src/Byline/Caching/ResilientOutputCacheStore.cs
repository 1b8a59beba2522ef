using Microsoft.AspNetCore.OutputCaching;

namespace Byline.Caching;

/// <summary>
/// Wraps the shared (Redis) output-cache store so that its outage never fails a page: a failed read is a miss, a failed
/// write or eviction is skipped, and after a failure the store is left alone for <see cref="Pause"/> so pages do not
/// each wait for a timeout. The outage is logged once a minute, not once a request.
/// </summary>
public sealed class ResilientOutputCacheStore(IOutputCacheStore inner, TimeProvider clock, ILogger<ResilientOutputCacheStore> logger) : IOutputCacheStore
{
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan LogEvery = TimeSpan.FromMinutes(1);

    private long _pausedUntilTicks;
    private long _lastLoggedTicks;
    private long _failuresSinceLog;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (IsPaused)
        {
            return null;
        }
        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failed(e);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (IsPaused)
        {
            return;
        }
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failed(e);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        // Evictions are tried even while paused: a missed eviction would leave a stale page on every node.
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failed(e);
        }
    }

    private bool IsPaused => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _pausedUntilTicks);

    private void Failed(Exception e)
    {
        var now = clock.GetUtcNow();
        Interlocked.Exchange(ref _pausedUntilTicks, (now + Pause).UtcTicks);
        var failures = Interlocked.Increment(ref _failuresSinceLog);
        var last = Interlocked.Read(ref _lastLoggedTicks);
        if (now.UtcTicks - last >= LogEvery.Ticks && Interlocked.CompareExchange(ref _lastLoggedTicks, now.UtcTicks, last) == last)
        {
            Interlocked.Exchange(ref _failuresSinceLog, 0);
            logger.LogWarning(e, "The shared page cache is unreachable ({Failures} failures in the last minute); pages are served uncached", failures);
        }
    }
}
