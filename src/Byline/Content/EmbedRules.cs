using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Byline.Content;

/// <summary>
/// The providers a link on its own line becomes an embed for, and the one place that knows how each builds the address
/// of its frame. Anything else is not an embed (null) and stays a plain link.
/// </summary>
public static partial class EmbedRules
{
    /// <summary>
    /// Every origin a provider's frame may come from, for the reader pages' <c>frame-src</c>. Mastodon servers and PDFs
    /// live on any host: their origins are allowed per page, by the article that embeds them (see <see cref="OtherFrameOriginsIn"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> FrameHosts =
    [
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
        "https://platform.twitter.com",
        "https://www.instagram.com",
        "https://embed.bsky.app",
        "https://www.openstreetmap.org",
        "https://www.google.com",
        "https://docs.google.com",
        "https://embed.documentcloud.org",
    ];

    // Video players need scripts on their own origin, and a popup to open the video on the provider's site.
    private const string PlayerSandbox = "allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox";
    private const string PageSandbox = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";
    private const string PlayerAllow = "autoplay; encrypted-media; picture-in-picture; fullscreen";

    // YouTube refuses to play without the embedding page's origin; the others need no referrer at all.
    private const string OriginOnly = "strict-origin-when-cross-origin";
    private const string NoReferrer = "no-referrer";

    public static Embed? Match(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }
        var host = uri.IdnHost.ToLowerInvariant();
        var bare = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host.StartsWith("m.", StringComparison.Ordinal) ? host[2..] : host;
        var path = uri.AbsolutePath;
        var written = url.Trim();
        return bare switch
        {
            "youtube.com" or "youtu.be" => YouTube(uri, bare, path, written),
            "vimeo.com" => Vimeo(path, written),
            "x.com" or "twitter.com" or "mobile.twitter.com" => X(path, written),
            "instagram.com" => Instagram(path, written),
            "bsky.app" => Bluesky(path, written),
            "openstreetmap.org" => OpenStreetMap(uri, written),
            "google.com" or "maps.google.com" when bare == "maps.google.com" || path.StartsWith("/maps", StringComparison.Ordinal) => GoogleMaps(uri, path, written),
            "docs.google.com" => GoogleDocs(path, written),
            "documentcloud.org" or "beta.documentcloud.org" or "embed.documentcloud.org" => DocumentCloud(path, written),
            _ => Mastodon(uri, path, written) ?? Pdf(uri, host, path, written),
        };
    }

    /// <summary>
    /// The frame origins a stored body's embeds load from that <see cref="FrameHosts"/> does not list: the Mastodon
    /// servers and PDF hosts its page must allow.
    /// </summary>
    public static IReadOnlyList<string> OtherFrameOriginsIn(string bodyHtml)
    {
        ArgumentNullException.ThrowIfNull(bodyHtml);
        return FrameSource().Matches(bodyHtml).Select(m => m.Groups["origin"].Value.ToLowerInvariant())
            .Where(origin => !FrameHosts.Contains(origin, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static Embed? YouTube(Uri uri, string host, string path, string url)
    {
        string? id = null;
        var shape = EmbedShape.Wide;
        if (host == "youtu.be")
        {
            id = path.Trim('/');
        }
        else if (path is "/watch" or "/watch/")
        {
            id = QueryHelpers.ParseQuery(uri.Query).TryGetValue("v", out var v) ? v.ToString() : null;
        }
        else if (YouTubeShort().Match(path) is { Success: true } shortVideo)
        {
            id = shortVideo.Groups["id"].Value;
            shape = EmbedShape.Portrait;
        }
        return id is not null && YouTubeId().IsMatch(id)
            ? new Embed("YouTube", "youtube", "video", url, $"https://www.youtube-nocookie.com/embed/{id}", shape, PlayerSandbox, PlayerAllow, OriginOnly)
            : null;
    }

    private static Embed? Vimeo(string path, string url) =>
        VimeoPath().Match(path) is { Success: true } m
            ? new Embed("Vimeo", "vimeo", "video", url,
                $"https://player.vimeo.com/video/{m.Groups["id"].Value}{(m.Groups["hash"].Success ? "?h=" + m.Groups["hash"].Value : "")}",
                EmbedShape.Wide, PlayerSandbox, PlayerAllow, OriginOnly)
            : null;

    private static Embed? X(string path, string url) =>
        XStatus().Match(path) is { Success: true } m
            ? new Embed("X", "x", "post", url, $"https://platform.twitter.com/embed/Tweet.html?id={m.Groups["id"].Value}&dnt=true",
                EmbedShape.Post, PageSandbox, "", NoReferrer)
            : null;

    private static Embed? Instagram(string path, string url) =>
        InstagramPost().Match(path) is { Success: true } m
            ? new Embed("Instagram", "instagram", "post", url, $"https://www.instagram.com/p/{m.Groups["id"].Value}/embed",
                EmbedShape.Post, PageSandbox, "", NoReferrer)
            : null;

    private static Embed? Bluesky(string path, string url)
    {
        var m = BlueskyPost().Match(path);
        if (!m.Success)
        {
            return null;
        }
        // The embed service names a post by its author's permanent id (a DID); a handle alone cannot be turned into one
        // without asking Bluesky, so such a link stays a plain link.
        var author = Uri.UnescapeDataString(m.Groups["author"].Value);
        var frame = author.StartsWith("did:", StringComparison.Ordinal)
            ? $"https://embed.bsky.app/embed/{author}/app.bsky.feed.post/{m.Groups["post"].Value}"
            : null;
        return new Embed("Bluesky", "bluesky", "post", url, frame, EmbedShape.Post, PageSandbox, "", NoReferrer);
    }

    private static Embed? Mastodon(Uri uri, string path, string url) =>
        uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && MastodonStatus().Match(path) is { Success: true } m
            ? new Embed("Mastodon", "mastodon", "post", url, $"https://{uri.IdnHost.ToLowerInvariant()}/@{m.Groups["user"].Value}/{m.Groups["id"].Value}/embed",
                EmbedShape.Post, PageSandbox, "", NoReferrer)
            : null;

    private static Embed? OpenStreetMap(Uri uri, string url)
    {
        var query = QueryHelpers.ParseQuery(uri.Query);
        var map = OsmMap().Match(uri.Fragment);
        double? markerLat = Number(query, "mlat"), markerLon = Number(query, "mlon");
        double? lat = map.Success ? Parse(map.Groups["lat"].Value) : markerLat;
        double? lon = map.Success ? Parse(map.Groups["lon"].Value) : markerLon;
        var zoom = map.Success ? int.Parse(map.Groups["zoom"].Value, CultureInfo.InvariantCulture) : 15;
        if (lat is not { } centreLat || lon is not { } centreLon || Math.Abs(centreLat) > 85 || Math.Abs(centreLon) > 180 || zoom is < 1 or > 19)
        {
            return new Embed("OpenStreetMap", "openstreetmap", "map", url, null, EmbedShape.Map, PageSandbox, "", NoReferrer);
        }
        // The box a frame about 640 px wide shows at this zoom: 256 px tiles, 360° over 2^zoom tiles.
        var halfWidth = 450 / Math.Pow(2, zoom);
        var halfHeight = halfWidth * 0.75 * Math.Cos(centreLat * Math.PI / 180);
        var box = string.Join(',', new[] { centreLon - halfWidth, centreLat - halfHeight, centreLon + halfWidth, centreLat + halfHeight }.Select(Degrees));
        var marker = markerLat is { } mLat && markerLon is { } mLon ? $"&marker={Degrees(mLat)},{Degrees(mLon)}" : "";
        return new Embed("OpenStreetMap", "openstreetmap", "map", url,
            $"https://www.openstreetmap.org/export/embed.html?bbox={box}&layer=mapnik{marker}", EmbedShape.Map, PageSandbox, "", NoReferrer);
    }

    private static Embed? GoogleMaps(Uri uri, string path, string url)
    {
        var query = QueryHelpers.ParseQuery(uri.Query);
        string? frame = null;
        if (path.StartsWith("/maps/embed", StringComparison.Ordinal) && query.TryGetValue("pb", out var pb))
        {
            frame = "https://www.google.com/maps/embed?pb=" + Uri.EscapeDataString(pb.ToString());
        }
        else if (query.TryGetValue("q", out var q) && q.ToString().Length > 0)
        {
            frame = "https://www.google.com/maps?output=embed&q=" + Uri.EscapeDataString(q.ToString());
        }
        else if (GooglePlace().Match(path) is { Success: true } place)
        {
            frame = "https://www.google.com/maps?output=embed&q=" + Uri.EscapeDataString(Uri.UnescapeDataString(place.Groups["place"].Value.Replace('+', ' ')));
        }
        else if (GoogleAt().Match(path) is { Success: true } at)
        {
            frame = $"https://www.google.com/maps?output=embed&q={at.Groups["lat"].Value},{at.Groups["lon"].Value}&z={at.Groups["zoom"].Value}";
        }
        return new Embed("Google Maps", "google-maps", "map", url, frame, EmbedShape.Map, PageSandbox, "fullscreen", NoReferrer);
    }

    private static Embed? GoogleDocs(string path, string url)
    {
        var m = GoogleDoc().Match(path);
        if (!m.Success)
        {
            return null;
        }
        var kind = m.Groups["kind"].Value;
        var (provider, noun) = kind switch
        {
            "spreadsheets" => ("Google Sheets", "spreadsheet"),
            "presentation" => ("Google Slides", "presentation"),
            _ => ("Google Docs", "document"),
        };
        var id = m.Groups["id"].Value;
        // A published document ("/d/e/…") has its own embeddable pages; a shared one shows its preview.
        var frame = !m.Groups["published"].Success
            ? $"https://docs.google.com/{kind}/d/{id}/preview"
            : kind switch
            {
                "spreadsheets" => $"https://docs.google.com/spreadsheets/d/e/{id}/pubhtml?widget=true&headers=false",
                "presentation" => $"https://docs.google.com/presentation/d/e/{id}/embed",
                _ => $"https://docs.google.com/document/d/e/{id}/pub?embedded=true",
            };
        return new Embed(provider, "google-docs", noun, url, frame, kind == "presentation" ? EmbedShape.Wide : EmbedShape.Document, PageSandbox, "", NoReferrer);
    }

    private static Embed? DocumentCloud(string path, string url) =>
        DocumentCloudPath().Match(path) is { Success: true } m
            ? new Embed("DocumentCloud", "documentcloud", "document", url,
                $"https://embed.documentcloud.org/documents/{m.Groups["doc"].Value}/?embed=1", EmbedShape.Document, PageSandbox, "", NoReferrer)
            : null;

    private static Embed? Pdf(Uri uri, string host, string path, string url) =>
        uri.Scheme == Uri.UriSchemeHttps && path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
            // A browser shows no PDF in a sandboxed frame; the PDF viewer runs no page script of the host.
            ? new Embed(host, "pdf", "document", url, uri.GetLeftPart(UriPartial.Path), EmbedShape.Document, null, "", NoReferrer)
            : null;

    private static double? Number(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query, string name) =>
        query.TryGetValue(name, out var value) ? Parse(value.ToString()) : null;

    private static double? Parse(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;

    private static string Degrees(double value) => Math.Round(value, 5).ToString("0.#####", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"data-embed-src=""(?<origin>https://[a-zA-Z0-9.-]+(?::[0-9]{1,5})?)/")]
    private static partial Regex FrameSource();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex(@"^/shorts/(?<id>[^/]+)/?$")]
    private static partial Regex YouTubeShort();

    [GeneratedRegex(@"^/(?<id>[0-9]{1,12})(?:/(?<hash>[0-9a-f]{6,20}))?/?$")]
    private static partial Regex VimeoPath();

    [GeneratedRegex(@"^/[A-Za-z0-9_]{1,15}/status/(?<id>[0-9]{1,20})(?:/.*)?$")]
    private static partial Regex XStatus();

    [GeneratedRegex(@"^/(?:p|reel)/(?<id>[A-Za-z0-9_-]{5,40})/?$")]
    private static partial Regex InstagramPost();

    [GeneratedRegex(@"^/profile/(?<author>[A-Za-z0-9.:%_-]{3,253})/post/(?<post>[A-Za-z0-9]{5,40})/?$")]
    private static partial Regex BlueskyPost();

    [GeneratedRegex(@"^/@(?<user>[A-Za-z0-9_]{1,30})/(?<id>[0-9]{1,20})/?$")]
    private static partial Regex MastodonStatus();

    [GeneratedRegex(@"^#map=(?<zoom>[0-9]{1,2})/(?<lat>-?[0-9]{1,2}(?:\.[0-9]+)?)/(?<lon>-?[0-9]{1,3}(?:\.[0-9]+)?)")]
    private static partial Regex OsmMap();

    [GeneratedRegex(@"^/maps/place/(?<place>[^/@]+)")]
    private static partial Regex GooglePlace();

    [GeneratedRegex(@"^/maps/@(?<lat>-?[0-9]{1,2}(?:\.[0-9]+)?),(?<lon>-?[0-9]{1,3}(?:\.[0-9]+)?),(?<zoom>[0-9]{1,2}(?:\.[0-9]+)?)z")]
    private static partial Regex GoogleAt();

    [GeneratedRegex(@"^/(?<kind>document|spreadsheets|presentation)/d/(?<published>e/)?(?<id>[A-Za-z0-9_-]{10,200})(?:/.*)?$")]
    private static partial Regex GoogleDoc();

    [GeneratedRegex(@"^/documents/(?<doc>[0-9]{1,12}(?:-[a-z0-9-]{1,200})?)(?:\.html)?/?$")]
    private static partial Regex DocumentCloudPath();
}
