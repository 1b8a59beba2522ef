using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Byline.Web;

/// <summary>
/// Rate-limiter policies counted per network address in this node's memory, and their refusals: 429 with Retry-After,
/// answered by the feature that owns the policy. The limiter has one rejection handler for all policies, so each
/// feature's answer is chained in front of the ones registered before it.
/// </summary>
public static class AddressRateLimits
{
    /// <summary>Adds <paramref name="policy"/>: a fixed window per address; with <paramref name="postsOnly"/>, reads pass freely.</summary>
    public static void AddPerAddressPolicy(
        this RateLimiterOptions limiter, string policy, bool postsOnly, Func<IServiceProvider, (int Permits, TimeSpan Window)> limit)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(policy, context =>
        {
            if (postsOnly && !HttpMethods.IsPost(context.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("reads");
            }
            var (permits, window) = limit(context.RequestServices);
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
        });
    }

    /// <summary>
    /// Answers the refusals of <paramref name="policy"/>: sets Retry-After, then lets <paramref name="answer"/> say why and
    /// when, given the wait. Refusals of every other policy go to the handler registered before.
    /// </summary>
    public static void AnswerRefusals(this RateLimiterOptions limiter, string policy, Func<HttpContext, TimeSpan, Task> answer)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        var others = limiter.OnRejected;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != policy)
            {
                if (others is not null)
                {
                    await others(context, cancellationToken);
                }
                return;
            }
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await answer(context.HttpContext, wait);
        };
    }
}
