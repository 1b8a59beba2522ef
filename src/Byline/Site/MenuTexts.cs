namespace Byline.Site;

/// <summary>
/// Both menus as their form has them, one link a line; <see cref="Version"/> fingerprints the menus the form was read
/// from, so a save over someone else's newer menus is refused.
/// </summary>
public sealed record MenuTexts(string? Header, string? Footer, string? Version);
