using System.Globalization;
using System.Threading.RateLimiting;
using Byline.Web;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Byline.Accounts;

/// <summary>
/// The ASP.NET rate limiter in front of the sign-in forms: <see cref="SignInThrottleOptions.AttemptsPerMinute"/> posts
/// per network address, in this node's memory, so one address cannot guess at many accounts. A refused attempt gets
/// 429, Retry-After and a page that says when to try again; people elsewhere sign in as usual.
/// </summary>
public static class SignInRateLimits
{
    public const string Policy = "sign-in";

    public static void Add(RateLimiterOptions limiter)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(Policy, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("reads");
            }
            var options = context.RequestServices.GetRequiredService<IOptions<SignInThrottleOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.AttemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
        });
    }

    /// <summary>Wraps the limiter's rejection handler: sign-in refusals are answered here, every other one as before.</summary>
    public static void AnswerRefusals(RateLimiterOptions limiter)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        var others = limiter.OnRejected;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != Policy)
            {
                if (others is not null)
                {
                    await others(context, cancellationToken);
                }
                return;
            }
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            ReaderErrorMessage.Set(context.HttpContext,
                "Too many sign-in attempts came from your connection in a short time. Please wait a minute and try again.");
        };
    }
}
