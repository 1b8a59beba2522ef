namespace Byline.Transfer.Sample;

internal sealed class SampleSectionEntry
{
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Description { get; set; } = "";
}
