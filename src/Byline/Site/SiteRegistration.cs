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
        builder.Services.AddScoped<SiteSharingImage>();
        builder.Services.AddScoped<SectionDirectory>();
        builder.Services.AddSingleton<SiteTime>();
        builder.Services.AddSingleton<SiteUrls>();
        builder.Services.AddScoped<SiteMenus>();
        builder.Services.AddScoped<SiteMenuEditor>();
        builder.Services.AddScoped<TrustPages>();
        builder.Services.AddScoped<AuthorProfileEditor>();
        builder.Services.AddSingleton<MatcherPolicy, StaticPageRouting>();
        // After migration, and after the sample site (AddSampleContent, earlier in Program.cs), which may bring settings.
        builder.Services.AddScoped<IAfterMigration, SiteIdentityLoad>();
        return builder;
    }
}
