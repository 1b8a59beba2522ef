using System.Globalization;
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

    public static void Add(RateLimiterOptions limiter) =>
        limiter.AddPerAddressPolicy(Policy, postsOnly: false, services =>
            (services.GetRequiredService<IOptions<SearchOptions>>().Value.RequestsPerMinute, TimeSpan.FromMinutes(1)));

    public static void AnswerRefusals(RateLimiterOptions limiter) =>
        limiter.AnswerRefusals(Policy, async (context, wait) =>
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            var when = seconds <= 1 ? "in a second" : string.Create(CultureInfo.InvariantCulture, $"in {seconds} seconds");
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many searches",
                    detail: $"Too many searches came from your address in a short time. Try again {when}.",
                    type: "https://www.rfc-editor.org/rfc/rfc6585#section-4").ExecuteAsync(context);
                return;
            }
            ReaderErrorMessage.Set(context,
                $"Too many searches came from your connection in a short time. Please wait a moment and search again {when}.");
        });
}
