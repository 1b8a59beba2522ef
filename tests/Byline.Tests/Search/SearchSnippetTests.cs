using AngleSharp.Html.Parser;
using Byline.Search;

namespace Byline.Tests.Search;

public sealed class SearchSnippetTests
{
    private static string Html(string text, string query, int words = SearchSnippet.DefaultWords) =>
        SearchSnippet.ToHtml(SearchSnippet.Excerpt(text, SearchQuery.Parse(query), words) ?? "");

    [Fact]
    public void Matched_words_are_marked_whatever_their_accents_or_case()
    {
        Assert.Equal("The mayor, Ana <mark>Rodríguez</mark>, met <mark>RODRIGUEZ</mark> supporters.",
            Html("The mayor, Ana Rodríguez, met RODRIGUEZ supporters.", "rodriguez"));
    }

    [Fact]
    public void A_phrase_is_marked_as_one_stretch_and_only_where_its_words_follow_each_other()
    {
        Assert.Equal("The <mark>night tram</mark> runs at night; the tram sleeps by day.",
            Html("The night tram runs at night; the tram sleeps by day.", "\"night tram\""));
    }

    [Fact]
    public void A_prefix_marks_every_word_it_begins()
    {
        Assert.Equal("<mark>Venezuela</mark> and <mark>Venezuelan</mark> food, not Venice.",
            Html("Venezuela and Venezuelan food, not Venice.", "venez*"));
    }

    [Fact]
    public void Excluded_words_are_not_marked()
    {
        Assert.Equal("<mark>Budget</mark> night: parking charges rise.", Html("Budget night: parking charges rise.", "budget -parking"));
    }

    [Fact]
    public void The_excerpt_is_the_stretch_with_the_most_different_words_and_is_cut_at_whole_words()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 100)) + " harbour wall I've seen the flood " + string.Join(' ', Enumerable.Repeat("filler", 100));

        var html = Html(text, "harbour flood", words: 14);

        Assert.StartsWith("…", html, StringComparison.Ordinal);
        Assert.EndsWith("…", html, StringComparison.Ordinal);
        Assert.True(html.Contains("<mark>harbour</mark> wall I've seen the <mark>flood</mark>", StringComparison.Ordinal), html);
    }

    [Fact]
    public void No_excerpt_comes_from_a_text_without_the_words()
    {
        Assert.Null(SearchSnippet.Excerpt("Nothing to see here.", SearchQuery.Parse("harbour")));
    }

    [Fact]
    public void The_lead_is_the_first_words_of_a_text()
    {
        Assert.Equal("one two three…", SearchSnippet.Lead("one two three four five", 3));
        Assert.Equal("one two", SearchSnippet.Lead("one two", 3));
    }

    [Fact]
    public void Markup_in_the_text_is_encoded_and_only_the_marks_become_elements()
    {
        var html = Html("<script>alert('x')</script> <b>harbour</b> & \"quotes\" <mark>fake</mark>", "harbour");

        var document = new HtmlParser().ParseDocument($"<p>{html}</p>");
        Assert.Empty(document.QuerySelectorAll("script, b"));
        var mark = Assert.Single(document.QuerySelectorAll("mark"));
        Assert.Equal("harbour", mark.TextContent);
        Assert.Contains("<script>alert('x')</script>", document.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\u0002b", "a<mark>b</mark>")]
    [InlineData("\u0003a\u0002b\u0002c\u0003d\u0003", "a<mark>bc</mark>d")]
    [InlineData("<\u0002&\u0003>\"'", "&lt;<mark>&amp;</mark>&gt;&quot;'")]
    public void Marks_always_close_and_stray_sentinels_vanish(string marked, string expected)
    {
        Assert.Equal(expected, SearchSnippet.ToHtml(marked));
    }
}
