namespace Byline.Search;

public static class SearchRegistration
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<IArticleSearch, TextMatchArticleSearch>();
        return builder;
    }
}
