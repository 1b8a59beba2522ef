using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Byline.Caching;

/// <summary>Ready only when the shared cache answers, if the site is configured with one.</summary>
internal sealed class RedisHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<RedisConnection>() is not { } redis)
        {
            return HealthCheckResult.Healthy("No shared cache is configured; pages are cached in this process.");
        }
        try
        {
            var latency = await redis.Multiplexer.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0} ms.");
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis cannot be reached.", e);
        }
    }
}
