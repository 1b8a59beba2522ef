namespace Byline.Comments;

public static class CommentsRegistration
{
    public static WebApplicationBuilder AddComments(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<CommentFormTokens>();
        builder.Services.AddScoped<CommentIntake>();
        builder.Services.AddScoped<CommentModeration>();
        return builder;
    }
}
