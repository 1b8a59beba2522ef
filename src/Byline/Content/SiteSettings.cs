namespace Byline.Content;

/// <summary>What an admin sets in the newsroom; one row. Configuration provides the values until the row exists.</summary>
public sealed class SiteSettings
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public required string TimeZone { get; set; }
    public int? LogoId { get; set; }

    /// <summary>The media library image social networks show for a page without a picture of its own (Open Graph, Twitter cards).</summary>
    public int? SharingImageId { get; set; }
    public CommentPolicy CommentPolicy { get; set; } = CommentPolicy.ClosedAfterDays;

    /// <summary>With <see cref="CommentPolicy.ClosedAfterDays"/>: how many days after publication comments close.</summary>
    public int CommentDays { get; set; } = 14;

    /// <summary>Hold a commenter's first comment for moderation; later ones go straight up once one was approved.</summary>
    public bool HoldFirstComments { get; set; } = true;

    /// <summary>A comment with more links than this is held; null turns the rule off.</summary>
    public int? MaxLinks { get; set; } = 2;

    /// <summary>Words or phrases, one per line, that send a comment straight to spam.</summary>
    public string BlockedWords { get; set; } = "";

    /// <summary>Words or phrases, one per line, that hold a comment for a moderator.</summary>
    public string HeldWords { get; set; } = "";
    public int Version { get; set; }
}
