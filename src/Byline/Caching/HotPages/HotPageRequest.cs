using Microsoft.Net.Http.Headers;

namespace Byline.Caching.HotPages;

/// <summary>Which requests a hot page may answer, and the address it is kept under.</summary>
public static class HotPageRequest
{
    /// <summary>
    /// A plain read: GET or HEAD, no query string (which could vary the page), no cookie (a commenter's or a staff
    /// member's own view) and no credentials.
    /// </summary>
    public static bool IsPlainRead(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.QueryString.HasValue
            && !request.Headers.ContainsKey(HeaderNames.Cookie)
            && !request.Headers.ContainsKey(HeaderNames.Authorization);
    }

    /// <summary>Scheme, host and path, case-blind as the output cache's own keys are.</summary>
    public static string Key(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Concat(request.Scheme, "://", request.Host.Value?.ToLowerInvariant(),
            request.PathBase.Value?.ToLowerInvariant(), request.Path.Value?.ToLowerInvariant());
    }
}
