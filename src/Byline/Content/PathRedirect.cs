namespace Byline.Content;

/// <summary>An old address of a section or tag page (after a rename or a merge) and where it now lives.</summary>
public sealed class PathRedirect
{
    public int Id { get; set; }
    public required string Path { get; set; }
    public required string Target { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
