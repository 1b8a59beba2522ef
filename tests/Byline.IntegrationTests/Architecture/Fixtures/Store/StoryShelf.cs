using Byline.IntegrationTests.Architecture.Fixtures.Model;

namespace Byline.IntegrationTests.Architecture.Fixtures.Store;

/// <summary>For the scanner's own tests: holds the model in a field and creates and writes stories.</summary>
public sealed class StoryShelf
{
    private readonly List<Story> stories = [];

    public int Count => stories.Count;

    public void ShelveNew() => stories.Add(new Story { Status = "shelved" });
}
