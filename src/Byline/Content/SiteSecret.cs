namespace Byline.Content;

/// <summary>A random secret the site made for itself and shares between nodes (the key of commenter hashes).</summary>
public sealed class SiteSecret
{
    public required string Name { get; set; }
    public required byte[] Value { get; set; }
}
