namespace Byline.Transfer.Sample;

internal sealed class SampleCommentEntry
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Website { get; set; }
    public double HoursAfterPublication { get; set; }
    public string Body { get; set; } = "";
}
