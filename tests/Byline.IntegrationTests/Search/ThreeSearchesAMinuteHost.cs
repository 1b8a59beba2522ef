using Byline.Testing;

namespace Byline.IntegrationTests.Search;

/// <summary>A host that allows three searches a minute per address.</summary>
public sealed class ThreeSearchesAMinuteHost : BylineHost
{
    public ThreeSearchesAMinuteHost() => With("Byline:Search:RequestsPerMinute", "3");
}
