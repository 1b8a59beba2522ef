using Byline.Content;
using Microsoft.Extensions.Primitives;

namespace Byline.Web;

/// <summary>
/// The headers every response carries: a strict CSP (no inline script), no sniffing, a quiet referrer, and HSTS when the
/// request came over https (directly, or through a trusted proxy: see <see cref="TrustedProxies"/>).
/// </summary>
public static class SecurityHeaders
{
    private const string CommonPolicy =
        "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; ";

    /// <summary>
    /// Readers' pages may frame the embed providers' players, and only them (and only once a reader asks: the page
    /// loads nothing of theirs before). Mastodon servers and PDFs can be anywhere: an article adds those it embeds.
    /// </summary>
    private static readonly string ReaderFrames = "frame-src " + string.Join(' ', EmbedRules.FrameHosts);

    private static readonly string ReaderPolicy = CommonPolicy + ReaderFrames + "; frame-ancestors 'self'";
    private const string NewsroomPolicy = CommonPolicy + "frame-ancestors 'none'";

    /// <summary>A year, without subdomains: the site may live beside others of the same domain that are not all https.</summary>
    private const string StrictTransportSecurity = "max-age=31536000";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context.Response.Headers, context.Request.Path.StartsWithSegments("/newsroom", StringComparison.OrdinalIgnoreCase), context.Request.IsHttps);
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>The reader policy, with these frame origins allowed as well (a Mastodon server, a PDF's host).</summary>
    public static void AllowFrames(IHeaderDictionary headers, IReadOnlyCollection<string> origins)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(origins);
        if (origins.Count > 0)
        {
            headers.ContentSecurityPolicy = $"{CommonPolicy}{ReaderFrames} {string.Join(' ', origins)}; frame-ancestors 'self'";
        }
    }

    public static void Apply(IHeaderDictionary headers, bool newsroom, bool https)
    {
        ArgumentNullException.ThrowIfNull(headers);
        // A reader page that embeds from elsewhere set its own policy (see AllowFrames); a cached copy carries it too.
        if (newsroom || StringValues.IsNullOrEmpty(headers.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = newsroom ? NewsroomPolicy : ReaderPolicy;
        }
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.XFrameOptions = newsroom ? "DENY" : "SAMEORIGIN";
        if (https)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
    }
}
