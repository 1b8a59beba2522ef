using Byline.Search;

namespace Byline.Tests.Search;

public sealed class SearchTextTests
{
    [Fact]
    public void Stored_html_becomes_readable_text()
    {
        var text = SearchText.FromHtml("<h2 id=\"x\">The plan</h2><p>Trams &amp; buses, “late” at <em>night</em>.</p><ul><li>One</li><li>Two</li></ul>");

        Assert.Equal("The plan\nTrams & buses, “late” at night.\nOne\nTwo", text);
    }

    [Fact]
    public void An_attribute_holding_a_closing_bracket_leaves_nothing_behind()
    {
        Assert.Equal("Before after", SearchText.FromHtml("<p>Before <img alt=\"a > b\" src=\"x.jpg\">after</p>"));
    }

    [Fact]
    public void An_embeds_provider_and_title_are_searchable_but_not_its_button_and_note()
    {
        var html = new Byline.Content.ArticleRenderer().Render("Before.\n\n[The fireworks](https://youtu.be/dQw4w9WgXcQ)\n\nAfter.", Byline.Content.BodyImages.None).Html;

        Assert.Equal("Before.\nYouTube\nThe fireworks\nAfter.", SearchText.FromHtml(html));
    }

    [Fact]
    public void Cleaning_removes_control_characters_and_sentinels_and_composes_accents()
    {
        Assert.Equal("a b café", SearchText.Clean("a\u0002b\u0003caf" + "e\u0301"));
    }

    [Fact]
    public void Words_only_splits_what_both_engines_split()
    {
        Assert.Equal("night tram 3 5 o brien ed larkhaven org", SearchText.WordsOnly("Night-tram, 3.5 O'Brien ed@larkhaven.org"));
    }

    [Theory]
    [InlineData("Rodríguez", "rodriguez")]
    [InlineData("ÆON", "æon")]
    [InlineData("Straße", "straße")]
    [InlineData("TRAM", "tram")]
    public void Folding_drops_accents_and_case(string word, string expected)
    {
        Assert.Equal(expected, SearchText.Fold(word));
    }
}
