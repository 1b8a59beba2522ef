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

    private const string ReaderPolicy = CommonPolicy + "frame-ancestors 'self'";
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

    public static void Apply(IHeaderDictionary headers, bool newsroom, bool https)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.ContentSecurityPolicy = newsroom ? NewsroomPolicy : ReaderPolicy;
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
