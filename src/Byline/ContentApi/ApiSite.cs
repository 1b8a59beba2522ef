namespace Byline.ContentApi;

/// <summary>The answer of <c>GET /api/v1/site</c>: what the site is called, where it lives and how to follow it.</summary>
public sealed record ApiSite(
    string Title,
    string Description,
    string Url,
    string Language,
    string TimeZone,
    ApiImage? Logo,
    ApiSiteFeeds Feeds);

/// <summary>An image at one size: its absolute address and its width and height in pixels.</summary>
public sealed record ApiImage(string Url, int Width, int Height);

/// <summary>The site's feeds, one per format, as absolute addresses.</summary>
public sealed record ApiSiteFeeds(string Rss, string Atom, string Json);
