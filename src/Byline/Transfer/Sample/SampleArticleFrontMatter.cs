namespace Byline.Transfer.Sample;

/// <summary>The YAML front matter of one sample story; times are relative to the moment of seeding.</summary>
internal sealed class SampleArticleFrontMatter
{
    public string Headline { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Section { get; set; } = "";
    public List<string> Authors { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    public string Standfirst { get; set; } = "";

    /// <summary>news (when left out), analysis, opinion, review, explainer or sponsored.</summary>
    public string? Type { get; set; }
    public double PublishedHoursAgo { get; set; }
    public double? UpdatedHoursAgo { get; set; }
    /// <summary>The name of the story's picture in <c>pictures/pictures.yml</c>.</summary>
    public string FeaturedImage { get; set; } = "";
    public List<SampleCommentEntry> Comments { get; set; } = [];
}
