namespace Byline.Content;

/// <summary>
/// A page written in the newsroom that lives outside the story flow (About, Contact, the ethics policy, ...), served
/// at <c>/{slug}</c>. Its Markdown is rendered and sanitized exactly like a story's body.
/// </summary>
public sealed class StaticPage
{
    public const int TitleMaxLength = 150;
    public const int DescriptionMaxLength = 300;
    public const int BodyMaxLength = 100_000;

    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public StaticPageKind Kind { get; set; }

    /// <summary>The page's meta description; empty leaves the site's own.</summary>
    public string Description { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";

    /// <summary>Only a published page answers at its address and appears in menus and the JSON-LD.</summary>
    public bool Published { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
