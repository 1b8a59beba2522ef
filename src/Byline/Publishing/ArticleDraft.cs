using System.ComponentModel.DataAnnotations;
using Byline.Content;

namespace Byline.Publishing;

/// <summary>What the editor form sends: every field a newsroom member can change in one save.</summary>
public sealed class ArticleDraft
{
    public const int BodyMaxLength = 200_000;
    public const int MaxTags = 20;

    /// <summary>A byline of more names than this is a list, not a byline; the revision keeps the ids in 200 characters.</summary>
    public const int MaxAuthors = 20;

    [Required(ErrorMessage = "A headline is required.")]
    [StringLength(Article.HeadlineMaxLength, ErrorMessage = "The headline can be at most {1} characters long.")]
    public string? Headline { get; set; }

    /// <summary>Empty: made from the headline.</summary>
    [StringLength(Article.SlugMaxLength, ErrorMessage = "The slug can be at most {1} characters long.")]
    public string? Slug { get; set; }

    [StringLength(Article.StandfirstMaxLength, ErrorMessage = "The standfirst can be at most {1} characters long.")]
    public string? Standfirst { get; set; }

    [StringLength(BodyMaxLength, ErrorMessage = "The body can be at most {1:N0} characters long.")]
    public string? Body { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Choose a section.")]
    public int SectionId { get; set; }

    /// <summary>Tag names separated by commas; new ones are created on the fly.</summary>
    [StringLength(2000, ErrorMessage = "Too many tags.")]
    public string? Tags { get; set; }

    public List<int> AuthorIds { get; set; } = [];

    public int? FeaturedImageId { get; set; }

    [StringLength(Article.SeoTitleMaxLength, ErrorMessage = "The SEO title can be at most {1} characters long.")]
    public string? SeoTitle { get; set; }

    [StringLength(Article.SeoDescriptionMaxLength, ErrorMessage = "The SEO description can be at most {1} characters long.")]
    public string? SeoDescription { get; set; }

    public bool CommentsOpen { get; set; } = true;

    /// <summary>The story's type; a value outside the list (a hand-made form) is refused with a message, never stored.</summary>
    [EnumDataType(typeof(StoryKind), ErrorMessage = "Choose the story's type from the list.")]
    [Display(Name = "Story type")]
    public StoryKind Kind { get; set; } = StoryKind.News;

    /// <summary>The version the editor was opened at; a save from an older version is a conflict.</summary>
    public int Version { get; set; }

    public IReadOnlyList<string> TagNames =>
        (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static ArticleDraft From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleDraft
        {
            Headline = article.Headline,
            Slug = article.Slug,
            Standfirst = article.Standfirst,
            Body = article.BodyMarkdown,
            SectionId = article.SectionId,
            Tags = string.Join(", ", article.Tags.OrderBy(t => t.Name).Select(t => t.Name)),
            AuthorIds = article.Authors.OrderBy(a => a.Position).Select(a => a.PersonId).ToList(),
            FeaturedImageId = article.FeaturedImageId,
            SeoTitle = article.SeoTitle,
            SeoDescription = article.SeoDescription,
            CommentsOpen = article.CommentsOpen,
            Kind = article.Kind,
            Version = article.Version,
        };
    }

    public static ArticleDraft From(Revision revision, int currentVersion)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new ArticleDraft
        {
            Headline = revision.Headline,
            Slug = revision.Slug,
            Standfirst = revision.Standfirst,
            Body = revision.BodyMarkdown,
            SectionId = revision.SectionId,
            Tags = revision.Tags,
            AuthorIds = revision.AuthorIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList(),
            FeaturedImageId = revision.FeaturedImageId,
            SeoTitle = revision.SeoTitle,
            SeoDescription = revision.SeoDescription,
            Kind = revision.Kind,
            Version = currentVersion,
        };
    }
}
