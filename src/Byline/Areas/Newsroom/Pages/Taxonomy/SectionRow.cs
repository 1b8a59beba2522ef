namespace Byline.Areas.Newsroom.Pages.Taxonomy;

/// <summary>A section as the taxonomy list shows it: where it sits and how many stories it holds.</summary>
public sealed record SectionRow(int Id, string Name, string Slug, string Description, int Published, int All);
