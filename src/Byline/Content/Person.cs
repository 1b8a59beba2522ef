using Byline.Media;

namespace Byline.Content;

/// <summary>A public author profile: the name in bylines and the author page.</summary>
public sealed class Person
{
    public const int ExpertiseMaxLength = 200;
    public const int LinksMaxLength = 2000;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string JobTitle { get; set; } = "";
    public string Bio { get; set; } = "";

    /// <summary>A media library image of the author, shown on the author page and beside their byline.</summary>
    public int? PhotoId { get; set; }
    public MediaItem? Photo { get; set; }

    /// <summary>What the author covers, in a few words ("Transport, local government").</summary>
    public string Expertise { get; set; } = "";

    /// <summary>The author's contact links (http, https or mailto addresses), one per line, in the order shown.</summary>
    public string Links { get; set; } = "";

    public IReadOnlyList<string> LinkList => Links.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public int Version { get; set; }
}
