namespace Byline.Taxonomy;

public sealed record SectionLink(int Id, string Name, string Slug);
