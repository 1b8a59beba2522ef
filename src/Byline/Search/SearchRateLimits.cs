using System.Globalization;
using System.Threading.RateLimiting;
using Byline.Web;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Byline.Search;

/// <summary>
/// The ASP.NET rate limiter in front of the search page and the search API: <see cref="SearchOptions.RequestsPerMinute"/>
/// per network address, in this node's memory, so a bot cannot hammer the database. A refused reader gets the 429 page
/// with when to try again; a refused API client gets an RFC 7807 problem; both get Retry-After.
/// </summary>
public static class SearchRateLimits
{
    public const string Policy = "search";

    public static void Add(RateLimiterOptions limiter)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(Policy, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<SearchOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
        });
    }

    /// <summary>Wraps the limiter's rejection handler: search refusals are answered here, every other one as before.</summary>
    public static void AnswerRefusals(RateLimiterOptions limiter)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        var others = limiter.OnRejected;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            var policy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
            if (policy != Policy)
            {
                if (others is not null)
                {
                    await others(context, cancellationToken);
                }
                return;
            }
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var when = seconds <= 1 ? "in a second" : string.Create(CultureInfo.InvariantCulture, $"in {seconds} seconds");
            if (context.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many searches",
                    detail: $"Too many searches came from your address in a short time. Try again {when}.",
                    type: "https://www.rfc-editor.org/rfc/rfc6585#section-4").ExecuteAsync(context.HttpContext);
                return;
            }
            ReaderErrorMessage.Set(context.HttpContext,
                $"Too many searches came from your connection in a short time. Please wait a moment and search again {when}.");
        };
    }
}
