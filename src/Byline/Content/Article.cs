using Byline.Comments;

namespace Byline.Content;

/// <summary>
/// A story. Its workflow fields (status, dates, creator, version) are written only by <c>Publishing</c>: a new story
/// comes from its story factory, and every later change of status from the publisher.
/// </summary>
public sealed class Article
{
    public const int HeadlineMaxLength = 200;
    public const int SlugMaxLength = 120;
    public const int StandfirstMaxLength = 600;

    public int Id { get; set; }
    public required string Headline { get; set; }
    public required string Slug { get; set; }
    public string Standfirst { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";

    /// <summary>Sanitized HTML rendered from <see cref="BodyMarkdown"/> when the story is saved, never per request.</summary>
    public string BodyHtml { get; set; } = "";
    public int WordCount { get; set; }
    public int ReadingMinutes { get; set; }

    public int SectionId { get; set; }
    public Section Section { get; set; } = null!;
    public List<ArticleAuthor> Authors { get; set; } = [];
    public List<Tag> Tags { get; set; } = [];
    public List<Comment> Comments { get; set; } = [];

    public ArticleStatus Status { get; internal set; }
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>When the story went (or, when scheduled, goes) live; it also dates the story's URL.</summary>
    public DateTimeOffset? PublishedAt { get; internal set; }

    /// <summary>The public "updated" date: set only when the story changed after publication.</summary>
    public DateTimeOffset? UpdatedAt { get; internal set; }

    public bool CommentsOpen { get; set; } = true;

    /// <summary>News, Analysis, Opinion, Review, Explainer or Sponsored: shown to readers, typed in the JSON-LD.</summary>
    public StoryKind Kind { get; set; } = StoryKind.News;

    public const int SeoTitleMaxLength = 120;
    public const int SeoDescriptionMaxLength = 300;

    /// <summary>The page title search engines and social cards show, when it should differ from the headline.</summary>
    public string? SeoTitle { get; set; }

    /// <summary>The meta description, when it should differ from the standfirst.</summary>
    public string? SeoDescription { get; set; }

    public int? FeaturedImageId { get; set; }
    public Byline.Media.MediaItem? FeaturedImage { get; set; }

    /// <summary>The newsroom member who created the story: with its authors, the people for whom it is "their own".</summary>
    public int? CreatedById { get; internal set; }

    /// <summary>Incremented by every save; a save based on an older version is a conflict, never a silent overwrite.</summary>
    public int Version { get; internal set; }

    public List<Correction> Corrections { get; set; } = [];

    /// <summary>
    /// When the story was moved to the trash: a mark beside its status, not a status of its own, so a restore returns
    /// it exactly where it stood. A trashed story is out of every query (a query filter), kept 30 days, then purged.
    /// </summary>
    public DateTimeOffset? TrashedAt { get; internal set; }

    /// <summary>The newsroom member who moved the story to the trash.</summary>
    public int? TrashedById { get; internal set; }

    public DateTimeOffset LastModifiedAt => UpdatedAt ?? PublishedAt ?? CreatedAt;
}
