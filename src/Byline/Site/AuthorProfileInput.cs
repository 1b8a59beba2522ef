namespace Byline.Site;

/// <summary>What the newsroom's author profile form sends; <see cref="Links"/> holds one address a line.</summary>
public sealed record AuthorProfileInput(string? JobTitle, string? Bio, int? PhotoId, string? Expertise, string? Links, int Version);
