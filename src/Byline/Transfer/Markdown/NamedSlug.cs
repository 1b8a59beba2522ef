namespace Byline.Transfer.Markdown;

/// <summary>A section, author or tag in a story file: matched by its slug on import, created with its name when missing.</summary>
public sealed class NamedSlug
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
}
