using Byline.Content;

namespace Byline.Site;

/// <summary>What the site is called and how it behaves, as every page, feed and sitemap needs it right now.</summary>
public sealed record SiteProfile(
    string Title,
    string Description,
    string Language,
    TimeZoneInfo TimeZone,
    string? PublicUrl,
    int? LogoId,
    CommentPolicy CommentPolicy,
    int CommentDays,
    CommentRules CommentRules)
{
    /// <summary>The default sharing image (<see cref="SiteSettings.SharingImageId"/>), when one is chosen.</summary>
    public int? SharingImageId { get; init; }
}
