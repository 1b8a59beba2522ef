using Byline.Site.Sample;

namespace Byline.Site;

public static class SiteRegistration
{
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<SiteIdentity>();
        builder.Services.AddScoped<SiteSettingsChanges>();
        builder.Services.AddScoped<SiteSettingsEditor>();
        builder.Services.AddScoped<SiteLogo>();
        builder.Services.AddScoped<SampleContentSeeder>();
        return builder;
    }
}
