using Byline.Caching;

namespace Byline.Publishing.Presence;

public static class PresenceRegistration
{
    /// <summary>
    /// Presence in this process on one node; in Redis (ConnectionStrings:Redis, the connection the shared cache opens,
    /// under its key prefix) when several nodes must see the same members on a story.
    /// </summary>
    public static WebApplicationBuilder AddPresence(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PresenceOptions>().BindConfiguration(PresenceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<StoryPresence>();
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Redis")))
        {
            builder.Services.AddSingleton<IPresenceStore, InProcessPresenceStore>();
            return builder;
        }
        var prefix = builder.Configuration["Byline:Cache:RedisPrefix"] is { Length: > 0 } configured ? configured : CachingRegistration.DefaultRedisPrefix;
        // The RedisConnection is registered by AddCaching; it is resolved only when presence is first used.
        builder.Services.AddSingleton<IPresenceStore>(services => ActivatorUtilities.CreateInstance<RedisPresenceStore>(services, prefix));
        return builder;
    }
}
