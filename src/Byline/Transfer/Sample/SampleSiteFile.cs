namespace Byline.Transfer.Sample;

/// <summary>The shape of <c>site.yml</c>.</summary>
internal sealed class SampleSiteFile
{
    public List<SampleSectionEntry> Sections { get; set; } = [];
    public List<SamplePersonEntry> People { get; set; } = [];
}
