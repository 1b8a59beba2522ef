using Byline.Testing;

namespace Byline.IntegrationTests.Search;

/// <summary>The sample site plus <see cref="SearchArchive"/>, indexed; one per test class.</summary>
public class SearchArchiveHost : BylineHost
{
    /// <summary>The archive's story ids by slug.</summary>
    public IReadOnlyDictionary<string, int> Ids { get; private set; } = new Dictionary<string, int>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Ids = await SearchArchive.WriteAsync(Services, CancellationToken.None);
    }
}
