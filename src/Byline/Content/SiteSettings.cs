namespace Byline.Content;

/// <summary>What an admin sets in the newsroom; one row. Configuration provides the values until the row exists.</summary>
public sealed class SiteSettings
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public required string TimeZone { get; set; }
    public int? LogoId { get; set; }
    public CommentPolicy CommentPolicy { get; set; } = CommentPolicy.Open;

    /// <summary>With <see cref="CommentPolicy.ClosedAfterDays"/>: how many days after publication comments close.</summary>
    public int CommentDays { get; set; } = 14;
    public int Version { get; set; }
}
