using Byline.Caching;
using Byline.Caching.HotPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Byline.Comments;

public static class CommentsRegistration
{
    public static WebApplicationBuilder AddComments(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CommentOptions>().BindConfiguration(CommentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CommentFormTokens>();
        builder.Services.AddSingleton<CommenterFingerprints>();
        builder.Services.AddSingleton<CommenterCookies>();
        builder.Services.AddScoped<CommentSectionReader>();
        builder.Services.AddRateLimiter(CommentRateLimits.Add);
        builder.Services.PostConfigure<RateLimiterOptions>(CommentRateLimits.AnswerRefusals);
        builder.Services.AddScoped<CommentIntake>();
        builder.Services.AddScoped<CommentModeration>();
        builder.Services.AddScoped<StoryCommentsCache>();
        builder.Services.AddScoped<CommenterPrivacy>();
        builder.Services.AddHostedService<ClientHashExpiry>();
        // The story page varies only by its comment section, and a browser that commented on it gets its own copy.
        builder.Services.AddOutputCache(options => options.AddPolicy(CachePolicies.ArticlePage, policy => policy
            .Expire(CachePolicies.PageLifetime).SetVaryByQuery("comment", "cpage", "corder", "replyto").Tag(CacheTags.Navigation)
            .AddPolicy<CommenterCookieBypass>().AddPolicy<HotPageEligible>()));
        return builder;
    }
}
