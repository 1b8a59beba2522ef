namespace Byline.Taxonomy;

/// <summary>A section as the newsroom form sends it. An empty slug is made from the name; a missing position keeps the place (or, for a new section, goes last).</summary>
public sealed record SectionInput(string? Name, string? Slug, string? Description, int? Position);
