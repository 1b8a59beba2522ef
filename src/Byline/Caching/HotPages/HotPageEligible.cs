using Microsoft.AspNetCore.OutputCaching;

namespace Byline.Caching.HotPages;

/// <summary>
/// Marks a response of an output-cache policy whose pages may also become hot pages: the same for every reader, and
/// not rate-limited (search is neither cached this way nor exempt from its limit).
/// </summary>
public sealed class HotPageEligible : IOutputCachePolicy
{
    private static readonly object Marker = new();

    public static bool IsMarked(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.ContainsKey(Marker);
    }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Items[Marker] = true;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
