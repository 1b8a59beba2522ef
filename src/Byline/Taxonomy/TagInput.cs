namespace Byline.Taxonomy;

/// <summary>A tag's new name and slug as the newsroom form sends them; an empty slug is made from the name.</summary>
public sealed record TagInput(string? Name, string? Slug);
