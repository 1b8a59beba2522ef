using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace Byline.Web;

/// <summary>
/// Believes <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from the proxies named in <c>Byline:Proxy</c> only, so
/// that behind a proxy each reader keeps their own address (the comment, search and sign-in limits count per reader)
/// and https is known to be https (HSTS, Secure cookies). ASP.NET would trust loopback by default; that default is
/// cleared, so nothing is believed that was not configured. The host header is never taken from a proxy.
/// </summary>
public static class TrustedProxies
{
    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ProxyOptions>()
            .BindConfiguration(ProxyOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.HasValidProxies, "Byline:Proxy:KnownProxies must list IP addresses, such as 10.0.0.5.")
            .Validate(o => o.HasValidNetworks, "Byline:Proxy:KnownNetworks must list address ranges in CIDR form, such as 10.0.0.0/24.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, configured) =>
        {
            var proxy = configured.Value;
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = proxy.ForwardLimit;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }
            foreach (var network in proxy.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so that everything after it sees the reader's address and scheme.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.IsEnabled)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }
}
