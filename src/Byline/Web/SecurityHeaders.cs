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
                var path = context.Request.Path;
                var newsroom = path.StartsWithSegments("/newsroom", StringComparison.OrdinalIgnoreCase) && !IsStoryPreview(path);
                Apply(context.Response.Headers, newsroom, context.Request.IsHttps);
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

    /// <summary>
    /// The story editor's preview (<c>/newsroom/stories/{id}/preview</c>, <c>/newsroom/stories/new/preview</c>) is the
    /// one newsroom response the newsroom may frame: its preview pane shows it in an iframe. It gets the reader pages'
    /// <c>frame-ancestors 'self'</c> and <c>SAMEORIGIN</c>; every other newsroom address stays unframable.
    /// </summary>
    public static bool IsStoryPreview(PathString path)
    {
        var segments = (path.Value ?? "").Split('/');
        return segments is ["", var newsroom, var stories, var id, var preview]
            && newsroom.Equals("newsroom", StringComparison.OrdinalIgnoreCase)
            && stories.Equals("stories", StringComparison.OrdinalIgnoreCase)
            && preview.Equals("preview", StringComparison.OrdinalIgnoreCase)
            && (id.Equals("new", StringComparison.OrdinalIgnoreCase) || (id.Length is > 0 and <= 10 && id.All(char.IsAsciiDigit)));
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
