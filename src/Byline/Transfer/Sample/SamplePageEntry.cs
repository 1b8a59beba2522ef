using Byline.Content;

namespace Byline.Transfer.Sample;

/// <summary>A static page of <c>site.yml</c>: the sample newsroom's About, Contact and policies.</summary>
internal sealed class SamplePageEntry
{
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public StaticPageKind Kind { get; set; }
    public string Description { get; set; } = "";
    public string Body { get; set; } = "";
}
