using Byline.Caching.HotPages;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.OutputCaching;

namespace Byline.Caching;

public static class CachingRegistration
{
    /// <summary>Prefix of every Redis key the site writes (<c>Byline:Cache:RedisPrefix</c>), so several sites can share one Redis.</summary>
    public const string DefaultRedisPrefix = "byline:";

    public static WebApplicationBuilder AddCaching(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOutputCache(options =>
        {
            // Unknown query strings must not mint new cache entries: each policy names the keys that vary a page. The
            // story page's and the search's policies are made where those keys are known (AddComments, AddSearch).
            options.AddPolicy(CachePolicies.ReaderPage, policy => policy
                .Expire(CachePolicies.PageLifetime).SetVaryByQuery("page").Tag(CacheTags.Navigation).AddPolicy<HotPageEligible>());
            options.AddPolicy(CachePolicies.Machine, policy => policy
                .Expire(CachePolicies.PageLifetime).SetVaryByQuery([]).AddPolicy<HotPageEligible>());
        });
        builder.Services.AddScoped<PublicCache>();
        var hotPages = builder.Configuration.GetValue("Byline:Cache:Enabled", defaultValue: true)
            && builder.Configuration.GetValue("Byline:Cache:HotPages", defaultValue: true)
            && string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Redis"));
        builder.Services.AddSingleton(sp => new HotPageStore(sp.GetRequiredService<TimeProvider>(), hotPages));

        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        builder.Services.AddDataProtection().SetApplicationName("Byline");
        var redis = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            // One machine: the key ring lives in the data folder, so sign-ins and form tokens survive a restart.
            builder.Services.AddOptions<KeyManagementOptions>().Configure<Storage.DataFolder, ILoggerFactory>((options, folder, logs) =>
                options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(folder.Path, "keys")), logs));
            DecorateOutputCacheStore<HotPageEvictingStore>(builder.Services);
            return builder;
        }

        // Several nodes: pages cached (and evicted) in Redis for all of them, and one key ring they all read.
        var prefix = builder.Configuration["Byline:Cache:RedisPrefix"] is { Length: > 0 } configured ? configured : DefaultRedisPrefix;
        // Made here so the cache store's factory can reach it; the container still owns (and disposes) it.
        var connection = new RedisConnection(redis);
        builder.Services.AddSingleton(_ => connection);
        builder.Services.AddStackExchangeRedisOutputCache(options =>
        {
            options.InstanceName = prefix;
            options.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer);
        });
        DecorateOutputCacheStore<ResilientOutputCacheStore>(builder.Services);
        builder.Services.AddOptions<KeyManagementOptions>().Configure<RedisConnection>((options, connection) =>
            options.XmlRepository = new RedisXmlRepository(() => connection.Multiplexer.GetDatabase(), prefix + "data-protection-keys"));
        return builder;
    }

    /// <summary>Wraps the registered output-cache store in <typeparamref name="TDecorator"/>, which takes it as its first argument.</summary>
    private static void DecorateOutputCacheStore<TDecorator>(IServiceCollection services)
        where TDecorator : IOutputCacheStore
    {
        var registered = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(provider =>
        {
            var inner = registered.ImplementationFactory is { } factory
                ? (IOutputCacheStore)factory(provider)
                : registered.ImplementationInstance as IOutputCacheStore
                    ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!);
            return ActivatorUtilities.CreateInstance<TDecorator>(provider, inner);
        });
    }
}
