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

    public static void Add(RateLimiterOptions limiter) =>
        limiter.AddPerAddressPolicy(Policy, postsOnly: true, services =>
            (services.GetRequiredService<IOptions<SignInThrottleOptions>>().Value.AttemptsPerMinute, TimeSpan.FromMinutes(1)));

    public static void AnswerRefusals(RateLimiterOptions limiter) =>
        limiter.AnswerRefusals(Policy, (context, _) =>
        {
            ReaderErrorMessage.Set(context,
                "Too many sign-in attempts came from your connection in a short time. Please wait a minute and try again.");
            return Task.CompletedTask;
        });
}
