namespace Byline.Content;

/// <summary>A public author profile: the name in bylines and the author page.</summary>
public sealed class Person
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string JobTitle { get; set; } = "";
    public string Bio { get; set; } = "";
}
