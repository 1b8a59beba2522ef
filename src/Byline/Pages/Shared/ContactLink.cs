namespace Byline.Pages.Shared;

/// <summary>
/// An author's contact link as the author page shows it: the address, and the words for it a reader recognises
/// (Email, Bluesky, Mastodon, or the site's host name).
/// </summary>
public sealed record ContactLink(string Href, string Label, string Detail)
{
    public static ContactLink Of(string href)
    {
        ArgumentNullException.ThrowIfNull(href);
        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri))
        {
            return new ContactLink(href, href, "");
        }
        if (uri.Scheme == Uri.UriSchemeMailto)
        {
            return new ContactLink(href, "Email", uri.UserInfo + "@" + uri.Host);
        }
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var path = uri.AbsolutePath.TrimEnd('/');
        if (host.Equals("bsky.app", StringComparison.OrdinalIgnoreCase))
        {
            return new ContactLink(href, "Bluesky", path.StartsWith("/profile/", StringComparison.Ordinal) ? "@" + path["/profile/".Length..] : host);
        }
        // A Mastodon profile (on any server) is /@name.
        if (path.StartsWith("/@", StringComparison.Ordinal) && !path[2..].Contains('/', StringComparison.Ordinal))
        {
            return new ContactLink(href, "Mastodon", path[1..] + "@" + host);
        }
        return new ContactLink(href, "Website", host + (path.Length > 0 ? path : ""));
    }
}
