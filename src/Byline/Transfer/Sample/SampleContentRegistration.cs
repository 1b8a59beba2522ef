using Byline.Media;
using Byline.Storage;

namespace Byline.Transfer.Sample;

public static class SampleContentRegistration
{
    /// <summary>
    /// The Larkhaven sample newsroom, seeded into an empty database after migration (unless Byline:SampleContent is
    /// false). Added before the site and search: their after-migration steps load what it seeds.
    /// </summary>
    public static WebApplicationBuilder AddSampleContent(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<SampleContentSeeder>();
        // Registered before AddMedia's plain file store (which only fills an empty slot): see SamplePictureStore.
        builder.Services.AddSingleton<IMediaStore, SamplePictureStore>();
        builder.Services.AddScoped<IAfterMigration, SampleSiteSeeding>();
        return builder;
    }
}
