using System.Globalization;
using Byline.Testing;

namespace Byline.IntegrationTests.Web;

/// <summary>
/// The application with small per-address limits (two comment posts in ten minutes, one search a minute), optionally
/// told to trust a proxy or a network. The rate limiter counts in memory, so each test starts a host of its own.
/// </summary>
public sealed class ProxyHost : BylineHost
{
    public const int PostsPerAddress = 2;

    public ProxyHost(string? knownProxy = null, string? knownNetwork = null)
    {
        With("Byline:Comments:PostsPerAddress", PostsPerAddress.ToString(CultureInfo.InvariantCulture));
        With("Byline:Comments:WindowMinutes", "10");
        With("Byline:Search:RequestsPerMinute", "1");
        if (knownProxy is not null)
        {
            With("Byline:Proxy:KnownProxies:0", knownProxy);
        }
        if (knownNetwork is not null)
        {
            With("Byline:Proxy:KnownNetworks:0", knownNetwork);
        }
    }

    public static async Task<ProxyHost> StartAsync(string? knownProxy = null, string? knownNetwork = null)
    {
        var host = new ProxyHost(knownProxy, knownNetwork);
        await host.InitializeAsync();
        return host;
    }
}
