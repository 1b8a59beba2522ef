namespace Byline.IntegrationTests.Architecture;

/// <summary>A place that creates a story or writes one of its workflow fields.</summary>
public sealed record StoryWrite(CodeOwner Writer, string What)
{
    public override string ToString() => $"{Writer.Name} → {What}";
}
