namespace Byline.Content;

public sealed record SectionLink(int Id, string Name, string Slug);
