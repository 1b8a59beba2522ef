using Byline.Search;

namespace Byline.Tests.Search;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("    ")]
    [InlineData("!!! *** --- \"\" ()")]
    public void A_query_without_words_has_no_terms(string? query)
    {
        Assert.Empty(SearchTerms.Parse(query));
    }

    [Fact]
    public void Words_are_taken_in_order()
    {
        Assert.Equal(["city", "council", "budget"], SearchTerms.Parse("city council budget"));
    }

    [Fact]
    public void Quotes_and_operator_symbols_are_dropped()
    {
        var terms = SearchTerms.Parse("\"city council\" -budget housing* title:(rent) ^flood +tram NEAR/3 a|b");

        Assert.Equal(["city", "council", "budget", "housing", "title", "rent", "flood", "tram"], terms);
    }

    [Theory]
    [InlineData("\"exact phrase\" OR -minus* ~fuzzy^2")]
    [InlineData("100% of 'quoted' [brackets] {braces} <tags> %_wildcards_% \\escapes\\")]
    [InlineData("'; DROP TABLE articles; --")]
    public void Terms_hold_only_letters_and_digits(string query)
    {
        var terms = SearchTerms.Parse(query);

        Assert.NotEmpty(terms);
        Assert.All(terms, term => Assert.Matches(@"^[\p{L}\p{N}]+$", term));
    }

    [Fact]
    public void At_most_eight_terms_are_kept_the_first_eight()
    {
        var terms = SearchTerms.Parse("one two three four five six seven eight nine ten");

        Assert.Equal(8, SearchTerms.MaxTerms);
        Assert.Equal(["one", "two", "three", "four", "five", "six", "seven", "eight"], terms);
    }

    [Fact]
    public void Duplicates_are_removed_ignoring_case_and_the_first_spelling_is_kept()
    {
        Assert.Equal(["Budget", "city"], SearchTerms.Parse("Budget budget BUDGET city CITY"));
    }

    [Fact]
    public void Duplicates_do_not_use_up_the_eight_terms()
    {
        var terms = SearchTerms.Parse("rain rain rain rain rain rain rain rain rain a b c d e f g h");

        Assert.Equal(["rain", "a", "b", "c", "d", "e", "f", "g"], terms);
    }

    [Fact]
    public void Letters_beyond_ASCII_make_words()
    {
        Assert.Equal(["Zürich", "café", "東京", "Москва"], SearchTerms.Parse("Zürich, café & 東京 / Москва"));
    }

    [Fact]
    public void Combining_marks_inside_a_word_do_not_split_it_into_several_terms()
    {
        // "naïve" with a combining diaeresis, and the Hindi word "हिन्दी" (vowel signs and a virama are combining marks).
        Assert.Equal(["nai\u0308ve", "हिन्दी"], SearchTerms.Parse("nai\u0308ve हिन्दी"));
    }

    [Fact]
    public void A_10000_character_query_is_parsed_safely()
    {
        var query = string.Concat(Enumerable.Repeat("a\"b -c* d ", 1_000));
        Assert.Equal(10_000, query.Length);
        var terms = SearchTerms.Parse(query);

        Assert.Equal(["a", "b", "c", "d"], terms);
    }

    [Fact]
    public void A_10000_character_word_gives_one_term_no_longer_than_the_query_limit()
    {
        var term = Assert.Single(SearchTerms.Parse(new string('x', 10_000)));

        Assert.InRange(term.Length, 1, SearchTerms.MaxQueryLength);
    }

    [Fact]
    public void A_long_query_of_distinct_words_still_gives_at_most_eight_terms()
    {
        var query = string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"w{i}"));

        var terms = SearchTerms.Parse(query);

        Assert.Equal(["w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7"], terms);
    }
}
