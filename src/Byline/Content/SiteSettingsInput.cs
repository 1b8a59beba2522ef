namespace Byline.Content;

/// <summary>The settings form as an admin sends it, with the <see cref="SiteSettings.Version"/> it was based on (0 before the first save).</summary>
public sealed record SiteSettingsInput(
    string? Title,
    string? Description,
    int? LogoId,
    string? TimeZone,
    CommentPolicy CommentPolicy,
    int? CommentDays,
    int Version);
