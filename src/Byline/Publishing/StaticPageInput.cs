using Byline.Content;

namespace Byline.Publishing;

/// <summary>What the newsroom's page form sends; <see cref="Version"/> is the version the form was read at.</summary>
public sealed record StaticPageInput(
    string? Title, string? Slug, StaticPageKind Kind, string? Description, string? Body, bool Published, int Version);
