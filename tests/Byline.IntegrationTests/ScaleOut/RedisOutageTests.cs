using System.Net;
using Byline.Testing;

namespace Byline.IntegrationTests.ScaleOut;

/// <summary>With Redis gone, the site keeps serving (uncached) and says so in its log once a minute, not once a request.</summary>
public sealed class RedisOutageTests
{
    private sealed class RedisBackedHost : BylineHost
    {
        public RedisBackedHost(string redis) => With("ConnectionStrings:Redis", redis).With("Byline:Cache:RedisPrefix", $"byline-outage-{Guid.NewGuid():N}:");
    }

    [Fact]
    public async Task When_redis_stops_pages_are_still_served_readiness_says_so_and_the_log_says_it_once()
    {
        TestServices.Require(RedisProcess.Executable is not null, "redis-server (apt-get install redis-server)");
        using var redis = new RedisProcess();
        await redis.StartAsync();
        await using var host = new RedisBackedHost(redis.ConnectionString);
        await host.InitializeAsync();
        using var reader = host.CreateReader();
        var path = await host.PathOfAsync(Stories.Footbridge);
        using (var warm = await reader.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        redis.Stop();
        var statuses = new List<HttpStatusCode>();
        foreach (var page in new[] { "/", path, "/city", "/feed", "/tag/saltmarsh" }.SelectMany(p => Enumerable.Repeat(p, 4)))
        {
            using var response = await reader.GetAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }
        using var ready = await reader.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var warnings = host.Logs.Lines.Count(line => line.Contains("shared page cache is unreachable", StringComparison.Ordinal));
        Assert.Equal(1, warnings);

        // Redis is back: the site uses it again by itself.
        await redis.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(6), TestContext.Current.CancellationToken);
        using var readyAgain = await reader.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
    }
}
