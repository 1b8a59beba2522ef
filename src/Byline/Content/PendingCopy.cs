namespace Byline.Content;

/// <summary>
/// A member's autosaved edits of a scheduled or published story, kept beside it instead of changing the live page:
/// one per story and member, until they save the story for real or discard the copy.
/// </summary>
public sealed class PendingCopy
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;

    /// <summary>The member (staff user) whose edits these are.</summary>
    public int UserId { get; set; }

    /// <summary>The story's version these edits were written from: older than the story's means someone saved since.</summary>
    public int BaseVersion { get; set; }
    public required string Headline { get; set; }
    public string Slug { get; set; } = "";
    public string Standfirst { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public int SectionId { get; set; }

    /// <summary>Tag names, comma separated, as typed.</summary>
    public string Tags { get; set; } = "";

    /// <summary>Author person ids in byline order, comma separated.</summary>
    public string AuthorIds { get; set; } = "";
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public int? FeaturedImageId { get; set; }
    public bool CommentsOpen { get; set; } = true;
    public StoryKind Kind { get; set; } = StoryKind.News;
    public DateTimeOffset SavedAt { get; set; }
}
