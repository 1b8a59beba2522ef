namespace Byline.IntegrationTests.Architecture.Fixtures.Model;

/// <summary>For the scanner's own tests: a model type that another folder creates and writes.</summary>
public sealed class Story
{
    public string Status { get; set; } = "draft";
}
