using Byline.Content.Sample;

namespace Byline.Content;

public static class ContentRegistration
{
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ArticleRenderer>();
        builder.Services.AddScoped<SampleContentSeeder>();
        builder.Services.AddScoped<SectionDirectory>();
        builder.Services.AddSingleton<ReservedSlugs>();
        builder.Services.AddScoped<MovedPaths>();
        builder.Services.AddScoped<SectionCatalog>();
        builder.Services.AddScoped<TagCatalog>();
        builder.Services.AddScoped<SiteSettingsEditor>();
        builder.Services.AddScoped<SiteLogo>();
        return builder;
    }
}
