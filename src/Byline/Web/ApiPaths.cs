namespace Byline.Web;

/// <summary>
/// Requests for the JSON API (<c>/api/…</c>): their errors are RFC 7807 problem documents, never the reader's HTML error
/// pages.
/// </summary>
public static class ApiPaths
{
    public const string Root = "/api";

    public static bool Matches(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);
    }
}
