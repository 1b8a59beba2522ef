using static Byline.IntegrationTests.Search.SearchClient;

namespace Byline.IntegrationTests.Search;

/// <summary>Each form of query a reader types, against the real index of the configured engine.</summary>
public sealed class SearchQueryFormTests(SearchArchiveHost host) : IClassFixture<SearchArchiveHost>
{
    [Fact]
    public async Task Every_word_must_match()
    {
        Assert.Equal(["venezuelan-cocoa"], await host.SlugsAsync(Q("Quellport cocoa")));
        Assert.Empty(await host.SlugsAsync(Q("Quellport zanderfish")));
    }

    [Fact]
    public async Task Case_does_not_matter()
    {
        Assert.Equal(await host.SlugsAsync(Q("quellport COCOA")), await host.SlugsAsync(Q("Quellport cocoa")));
        Assert.Single(await host.SlugsAsync(Q("QUELLPORT cocoa")));
    }

    [Fact]
    public async Task A_search_without_the_accent_finds_the_name_written_with_it()
    {
        var found = await host.SlugsAsync(Q("Rodriguez Brindlewick"));
        Assert.Contains("rodriguez-with-accent", found);
        Assert.Contains("rodriguez-without-accent", found);
    }

    [Fact]
    public async Task A_search_with_the_accent_finds_the_name_written_without_it()
    {
        var found = await host.SlugsAsync(Q("Rodríguez Brindlewick"));
        Assert.Contains("rodriguez-without-accent", found);
        Assert.Contains("rodriguez-with-accent", found);
    }

    [Fact]
    public async Task An_exact_phrase_finds_only_the_words_side_by_side()
    {
        Assert.Equal(["lantern-phrase"], await host.SlugsAsync(Q("\"glass lantern festival\"")));
        var words = await host.SlugsAsync(Q("glass lantern festival"));
        Assert.Contains("lantern-phrase", words);
        Assert.Contains("lantern-scattered", words);
    }

    [Fact]
    public async Task A_word_with_a_minus_sign_leaves_its_stories_out()
    {
        Assert.Equal(["zanderfish-harvest"], await host.SlugsAsync(Q("zanderfish -budget")));
        Assert.Equal(["zanderfish-budget"], await host.SlugsAsync(Q("zanderfish -\"record zanderfish\"")));
    }

    [Fact]
    public async Task A_star_finds_every_word_that_begins_alike()
    {
        var found = await host.SlugsAsync(Q("venez*"));
        Assert.Equal(["venezuelan-cocoa"], found);
        var quell = await host.SlugsAsync(Q("quellp*"));
        Assert.Equal(["quellport-vendors", "venezuelan-cocoa"], quell.Order(StringComparer.Ordinal));
        Assert.Empty(await host.SlugsAsync(Q("venez")));
    }

    [Fact]
    public async Task The_standfirst_tags_section_and_author_names_are_searched()
    {
        Assert.Equal(["standfirst-only"], await host.SlugsAsync(Q("Gorsemere")));
        Assert.Equal(["tamsin-quarry-2020", "tamsin-quarry-2024"], (await host.SlugsAsync(Q("Tamsin watch"))).Order(StringComparer.Ordinal));
        Assert.Equal(["tamsin-quarry-2022"], await host.SlugsAsync(Q("Tamsin sport")));
        Assert.Equal(["tamsin-quarry-2024"], await host.SlugsAsync(Q("Tamsin quarry Varga")));
        Assert.Equal(["tamsin-quarry-2022"], await host.SlugsAsync(Q("Tamsin quarry Devika")));
    }
}
