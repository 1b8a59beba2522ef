namespace Byline.Publishing;

/// <summary>
/// A "share preview" link: it lets someone without an account read a story's latest saved version until it expires or
/// is revoked. Only the SHA-256 hash of its token is stored, so a copy of the database opens no preview.
/// </summary>
public sealed class PreviewLink
{
    public const int CreatedByNameMaxLength = 100;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public required string TokenHash { get; set; }

    /// <summary>The member who made it (no foreign key, like the audit log's: a member removed later leaves their links).</summary>
    public int? CreatedById { get; set; }
    public required string CreatedByName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
