using System.Globalization;
using System.Threading.RateLimiting;
using Byline.Web;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Byline.Comments;

/// <summary>
/// The ASP.NET rate limiter in front of comment posts: per network address, in this node's memory. It answers 429 with
/// Retry-After and a page that says when to try again. (CommentIntake repeats the count in the database, so the limit
/// also holds when several nodes share the traffic.)
/// </summary>
public static class CommentRateLimits
{
    public const string Policy = "comment-posts";

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
            var options = context.RequestServices.GetRequiredService<IOptions<CommentOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PostsPerAddress,
                    Window = options.Window,
                    QueueLimit = 0,
                });
        });
        limiter.OnRejected = (context, _) =>
        {
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            ReaderErrorMessage.Set(context.HttpContext,
                $"Too many comments came from your connection in a short time. Please wait {(minutes == 1 ? "a minute" : $"{minutes} minutes")} and try again.");
            return ValueTask.CompletedTask;
        };
    }
}
