namespace Byline.Content;

public static class ContentRegistration
{
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ArticleRenderer>();
        builder.Services.AddSingleton<ReservedSlugs>();
        return builder;
    }
}
