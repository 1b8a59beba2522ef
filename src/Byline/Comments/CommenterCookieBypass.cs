using Microsoft.AspNetCore.OutputCaching;

namespace Byline.Comments;

/// <summary>A story page asked by a browser that commented on it is made for that browser alone: never from or into the shared cache.</summary>
public sealed class CommenterCookieBypass : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (CommenterCookies.HasAny(context.HttpContext.Request))
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
