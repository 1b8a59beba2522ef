using Byline.Content.Sample;
using Byline.Content.Synthetic;
using Byline.Storage;
using Microsoft.Extensions.Options;

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
        builder.Services.AddScoped<SqliteSyntheticStories>();
        builder.Services.AddScoped<PostgresSyntheticStories>();
        // The engine follows the configured database, as search does (see SearchRegistration).
        builder.Services.AddScoped<ISyntheticStories>(sp =>
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? sp.GetRequiredService<PostgresSyntheticStories>()
                : sp.GetRequiredService<SqliteSyntheticStories>());
        return builder;
    }
}
