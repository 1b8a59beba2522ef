using Byline.Content;

namespace Byline.Comments;

public sealed class Comment
{
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int WebsiteMaxLength = 300;
    public const int BodyMaxLength = 10_000;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int? ParentId { get; set; }
    public Comment? Parent { get; set; }

    public required string AuthorName { get; set; }

    /// <summary>Kept for moderation only: never rendered in any public response, feed, API or log line.</summary>
    public required string AuthorEmail { get; set; }
    public string? AuthorWebsite { get; set; }
    public required string Body { get; set; }
    public CommentStatus Status { get; set; }

    /// <summary>Set when a newsroom member replied as staff: the page marks the reply as the newsroom's.</summary>
    public int? StaffUserId { get; set; }

    public const int HoldReasonMaxLength = 300;

    /// <summary>Why the moderation rules held (or spammed) the comment, shown to the moderator.</summary>
    public string? HoldReason { get; set; }

    /// <summary>A salted hash of the poster's address, for rate limits only; cleared after 30 days.</summary>
    public string? ClientHash { get; set; }

    /// <summary>The id of the form token that posted it: each token posts one comment (unique in the database).</summary>
    public Guid? FormTokenId { get; set; }

    /// <summary>A keyed hash of the email, which draws the comment's avatar; it cannot be turned back into the email.</summary>
    public string AvatarSeed { get; set; } = "";

    /// <summary>When the commenter last edited it (within their 10-minute window).</summary>
    public DateTimeOffset? EditedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
