namespace Byline.Areas.Newsroom.Pages.Taxonomy;

/// <summary>A tag as the taxonomy list shows it, with the number of stories that carry it.</summary>
public sealed record TagRow(int Id, string Name, string Slug, int Published, int All);
