using Byline.Site.Sample;
using Byline.Storage;

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
        // After migration, in this order: the sample site may bring settings that the site identity then loads.
        builder.Services.AddScoped<IAfterMigration, SampleSiteSeeding>();
        builder.Services.AddScoped<IAfterMigration, SiteIdentityLoad>();
        return builder;
    }
}
