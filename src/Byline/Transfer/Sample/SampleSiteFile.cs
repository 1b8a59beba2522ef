namespace Byline.Transfer.Sample;

/// <summary>The shape of <c>site.yml</c>.</summary>
internal sealed class SampleSiteFile
{
    public List<SampleSectionEntry> Sections { get; set; } = [];
    public List<SamplePersonEntry> People { get; set; } = [];
    public List<SamplePageEntry> Pages { get; set; } = [];

    /// <summary>The footer menu's links, as the newsroom's menu form writes them (<c>Label | /path</c> or <c>/path</c>).</summary>
    public List<string> FooterMenu { get; set; } = [];
}
