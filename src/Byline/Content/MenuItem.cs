namespace Byline.Content;

/// <summary>
/// One link of a <see cref="SiteMenu"/>: to a static page, a section, or a path of the site. A link to a page or a
/// section follows it when its slug changes, and goes with it when it is deleted.
/// </summary>
public sealed class MenuItem
{
    public const int LabelMaxLength = 60;
    public const int PathMaxLength = 300;

    public int Id { get; set; }
    public SiteMenu Menu { get; set; }

    /// <summary>The order within its menu, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The link's text; empty shows the page's title or the section's name.</summary>
    public string Label { get; set; } = "";
    public int? StaticPageId { get; set; }
    public int? SectionId { get; set; }

    /// <summary>A site path (<c>/corrections</c>) when the link is to neither a page nor a section.</summary>
    public string Path { get; set; } = "";
}
