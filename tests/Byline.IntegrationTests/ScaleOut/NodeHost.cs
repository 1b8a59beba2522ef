using Byline.Testing;

namespace Byline.IntegrationTests.ScaleOut;

/// <summary>One app node of a multi-node site: its own process state and data folder, the shared database and Redis.</summary>
public sealed class NodeHost : BylineHost
{
    public NodeHost(string databaseConnection, string? redis, string redisPrefix)
    {
        With("Byline:Database:Provider", "Postgres");
        With("ConnectionStrings:Byline", databaseConnection);
        With("ConnectionStrings:Redis", redis);
        With("Byline:Cache:RedisPrefix", redisPrefix);
    }
}
