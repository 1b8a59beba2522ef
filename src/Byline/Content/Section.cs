namespace Byline.Content;

public sealed class Section
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string Description { get; set; } = "";

    /// <summary>Order in the site navigation and on the front page.</summary>
    public int Position { get; set; }
}
