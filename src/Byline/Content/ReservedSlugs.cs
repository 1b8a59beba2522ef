using System.Collections.Frozen;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Byline.Content;

/// <summary>
/// First path segments a section can never take: a section lives at <c>/{slug}</c>, so a section called "search" or
/// "feed" would hide (or be hidden by) the site's own pages. The fixed list names today's routes and the ones planned
/// for the API and corrections; the app's endpoints are read as well, so a page added later is protected too.
/// </summary>
public sealed class ReservedSlugs(EndpointDataSource endpoints)
{
    public static readonly FrozenSet<string> Fixed = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "newsroom", "tag", "author", "search", "feed", "error", "media", "api", "corrections", "css", "healthz", "readyz",
        "preview", "sitemap.xml", "news-sitemap.xml", "sitemap-pages.xml", "robots.txt", "favicon.svg");

    private FrozenSet<string>? _routed;

    public bool IsReserved(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return Fixed.Contains(slug) || Routed().Contains(slug);
    }

    /// <summary>The literal first segments of every mapped route (pages, endpoints, static assets).</summary>
    private FrozenSet<string> Routed() => _routed ??= endpoints.Endpoints
        .OfType<RouteEndpoint>()
        .Select(e => e.RoutePattern.PathSegments)
        .Where(segments => segments.Count > 0 && segments[0].IsSimple && segments[0].Parts[0] is RoutePatternLiteralPart)
        .Select(segments => ((RoutePatternLiteralPart)segments[0].Parts[0]).Content)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
