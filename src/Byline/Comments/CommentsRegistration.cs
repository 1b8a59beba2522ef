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
        return builder;
    }
}
