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
    public DateTimeOffset CreatedAt { get; set; }
}
