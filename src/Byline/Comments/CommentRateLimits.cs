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

    public static void Add(RateLimiterOptions limiter) =>
        limiter.AddPerAddressPolicy(Policy, postsOnly: true, services =>
        {
            var options = services.GetRequiredService<IOptions<CommentOptions>>().Value;
            return (options.PostsPerAddress, options.Window);
        });

    public static void AnswerRefusals(RateLimiterOptions limiter) =>
        limiter.AnswerRefusals(Policy, (context, wait) =>
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            ReaderErrorMessage.Set(context,
                $"Too many comments came from your connection in a short time. Please wait {(minutes == 1 ? "a minute" : $"{minutes} minutes")} and try again.");
            return Task.CompletedTask;
        });
}
