namespace Byline.Feeds;

public static class FeedsRegistration
{
    public static WebApplicationBuilder AddFeeds(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<FeedReader>();
        builder.Services.AddScoped<FeedComposer>();
        builder.Services.AddScoped<CommentFeedComposer>();
        builder.Services.AddScoped<SitemapWriter>();
        return builder;
    }
}
