namespace Byline.Transfer.Markdown;

/// <summary>
/// The YAML front matter of one story file, as written and read (keys in snake_case: <c>seo_title</c>,
/// <c>featured_image</c>). Dates are ISO 8601 strings with their offset, kept as text here so that a bad one is reported
/// with its line instead of failing the whole file.
/// </summary>
public sealed class StoryFrontMatter
{
    public string? Headline { get; set; }
    public string? Slug { get; set; }
    public NamedSlug? Section { get; set; }
    public List<NamedSlug> Authors { get; set; } = [];
    public List<NamedSlug> Tags { get; set; } = [];
    public string? Standfirst { get; set; }

    /// <summary>The story's type: news (when left out), analysis, opinion, review, explainer or sponsored.</summary>
    public string? Type { get; set; }
    public string? Status { get; set; }
    public string? Created { get; set; }
    public string? Published { get; set; }
    public string? Updated { get; set; }
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public bool CommentsOpen { get; set; } = true;

    /// <summary>The <see cref="StoryImage.File"/> of the entry in <see cref="Images"/> that is the featured image.</summary>
    public string? FeaturedImage { get; set; }

    /// <summary>Every image of the story from the media library: the featured image and those the body shows.</summary>
    public List<StoryImage> Images { get; set; } = [];

    public List<StoryCorrection> Corrections { get; set; } = [];
}
