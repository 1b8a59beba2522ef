using System.ComponentModel.DataAnnotations;

namespace Byline.Web;

/// <summary>Bound from <c>Byline:Site</c>: what the public site calls itself and where it lives.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Byline:Site";

    [Required, StringLength(120, MinimumLength = 1)]
    public string Title { get; set; } = "Byline";

    [StringLength(300)]
    public string Description { get; set; } = "News from the newsroom, published with Byline.";

    /// <summary>BCP 47 language of the site's content, used in <c>&lt;html lang&gt;</c>, feeds and the news sitemap.</summary>
    [Required, RegularExpression("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    public string Language { get; set; } = "en";

    /// <summary>IANA time zone in which public dates are shown and story URLs are dated.</summary>
    [Required]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The public address (<c>https://news.example.org</c>) for canonical links, feeds and sitemaps; empty: taken from each request.</summary>
    public string? PublicUrl { get; set; }

    public bool HasValidPublicUrl =>
        string.IsNullOrWhiteSpace(PublicUrl)
        || (Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
}
