using Byline.IntegrationTests.Architecture.Fixtures.Store;

namespace Byline.IntegrationTests.Architecture.Fixtures.Model;

/// <summary>For the scanner's own tests: names <see cref="StoryShelf"/> only inside a lambda of an async method.</summary>
public static class StoryCounter
{
    public static async Task<int> CountShelvedAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        return await Task.Run(() => new StoryShelf().Count, cancellationToken);
    }
}
