namespace Byline.Transfer.Sample;

/// <summary>One picture of <c>pictures/pictures.yml</c>: the file <c>pictures/{Name}.jpg</c> and the words that go with it.</summary>
internal sealed class SamplePictureEntry
{
    public string Name { get; set; } = "";
    public string Alt { get; set; } = "";
    public string Caption { get; set; } = "";
    public string Credit { get; set; } = "";
}
