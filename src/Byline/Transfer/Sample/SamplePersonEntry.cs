namespace Byline.Transfer.Sample;

internal sealed class SamplePersonEntry
{
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Bio { get; set; } = "";
    public string Expertise { get; set; } = "";
    public List<string> Links { get; set; } = [];
}
