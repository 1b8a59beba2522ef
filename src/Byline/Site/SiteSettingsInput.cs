using Byline.Content;
namespace Byline.Site;

/// <summary>
/// The settings form as an admin sends it, with the <see cref="SiteSettings.Version"/> it was based on (0 before the first save).
/// <paramref name="MaxLinks"/> applies only when <paramref name="LimitLinks"/> is on; the word lists hold one word or phrase per line.
/// </summary>
public sealed record SiteSettingsInput(
    string? Title,
    string? Description,
    int? LogoId,
    string? TimeZone,
    CommentPolicy CommentPolicy,
    int? CommentDays,
    bool HoldFirstComments,
    bool LimitLinks,
    int? MaxLinks,
    string? BlockedWords,
    string? HeldWords,
    int Version)
{
    /// <summary>The default sharing image's media id, or null for none.</summary>
    public int? SharingImageId { get; init; }
}
