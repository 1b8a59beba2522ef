namespace Byline.Site;

public sealed record SectionLink(int Id, string Name, string Slug);
