using static Byline.IntegrationTests.Search.SearchClient;

namespace Byline.IntegrationTests.Search;

/// <summary>Relevance weighs the headline above the body and prefers the newer of two equal matches; "newest" orders by date.</summary>
public sealed class SearchRankingTests(SearchArchiveHost host) : IClassFixture<SearchArchiveHost>
{
    [Fact]
    public async Task A_headline_match_ranks_above_a_body_only_match_even_when_older()
    {
        Assert.Equal(["kestrelbay-headline", "kestrelbay-body"], await host.SlugsAsync(Q("Kestrelbay")));
    }

    [Fact]
    public async Task Of_two_equally_relevant_stories_the_newer_ranks_first()
    {
        Assert.Equal(["orbitwheel-newer", "orbitwheel-older"], await host.SlugsAsync(Q("orbitwheel")));
    }

    [Fact]
    public async Task Sorting_by_newest_orders_by_publication_date_alone()
    {
        Assert.Equal(["kestrelbay-body", "kestrelbay-headline"], await host.SlugsAsync(Q("Kestrelbay") + "&sort=newest"));
        Assert.Equal(["tamsin-quarry-2024", "tamsin-quarry-2022", "tamsin-quarry-2020"], await host.SlugsAsync(Q("Tamsin quarry") + "&sort=newest"));
    }
}
