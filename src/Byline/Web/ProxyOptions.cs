using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Byline.Web;

/// <summary>
/// Bound from <c>Byline:Proxy</c>: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are
/// believed. Empty, the default: none are, and each connection's own address and scheme are the reader's.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Byline:Proxy";

    /// <summary>Addresses of the proxies in front of the site, such as <c>10.0.0.5</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Address ranges the proxies are in, in CIDR form, such as <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in a row (a CDN, then nginx) may each add an address; the nearest ones count.</summary>
    [Range(1, 10, ErrorMessage = "Byline:Proxy:ForwardLimit must be between 1 and 10: how many proxies stand in a row in front of the site.")]
    public int ForwardLimit { get; set; } = 1;

    public bool IsEnabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public bool HasValidProxies => KnownProxies.All(p => IPAddress.TryParse(p, out _));

    public bool HasValidNetworks => KnownNetworks.All(n => IPNetwork.TryParse(n, out _));
}
