using Byline.Search;
using Byline.Testing;

namespace Byline.IntegrationTests.Search;

/// <summary>The sample site plus more stories with one word in common than a search counts and ranks, written oldest first as a newsroom does.</summary>
public sealed class ManyMatchesHost : BylineHost
{
    public const string Word = "cobblewick";
    public const int Stories = SearchResults.MaxResults + 5;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await SearchArchive.WriteAsync(Services, Enumerable.Range(1, Stories).Select(i =>
            new SearchArchive.Story($"cobblewick-{i}", $"Cobblewick allotments, plot {i}", "Growers share the Cobblewick water butts.", "city", "mara-okonkwo", [])
            {
                DaysAgo = Stories + 1 - i,
            }), CancellationToken.None);
    }
}
