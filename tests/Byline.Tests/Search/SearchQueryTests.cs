using Byline.Search;

namespace Byline.Tests.Search;

public sealed class SearchQueryTests
{
    private static string Terms(string input) => SearchQuery.Parse(input).Normalized;

    [Fact]
    public void Words_are_terms_that_must_all_match()
    {
        var query = SearchQuery.Parse("harbour flood defences");

        Assert.Equal("harbour flood defences", query.Normalized);
        Assert.Equal("\"harbour\" AND \"flood\" AND \"defences\"", query.ToFts5());
        Assert.Equal("'harbour' & 'flood' & 'defences'", query.ToTsQuery());
    }

    [Fact]
    public void Quoted_words_are_one_phrase()
    {
        var query = SearchQuery.Parse("\"night tram\" timetable");

        var phrase = query.Terms[0];
        Assert.True(phrase.IsPhrase);
        Assert.Equal(["night", "tram"], phrase.Words);
        Assert.Equal("\"night tram\" AND \"timetable\"", query.ToFts5());
        Assert.Equal("('night' <-> 'tram') & 'timetable'", query.ToTsQuery());
    }

    [Fact]
    public void A_minus_sign_leaves_a_word_or_a_phrase_out()
    {
        var query = SearchQuery.Parse("budget -parking -\"council tax\"");

        Assert.Equal("budget -parking -\"council tax\"", query.Normalized);
        Assert.Equal("(\"budget\") NOT \"parking\" NOT \"council tax\"", query.ToFts5());
        Assert.Equal("'budget' & !'parking' & !('council' <-> 'tax')", query.ToTsQuery());
    }

    [Fact]
    public void A_star_after_two_letters_or_more_makes_a_prefix()
    {
        var query = SearchQuery.Parse("venez* tr*");

        Assert.All(query.Terms, t => Assert.True(t.Prefix));
        Assert.Equal("\"venez\"* AND \"tr\"*", query.ToFts5());
        Assert.Equal("'venez':* & 'tr':*", query.ToTsQuery());
    }

    [Theory]
    [InlineData("v*", "v")]
    [InlineData("*", "")]
    [InlineData("* * *", "")]
    [InlineData("**tram", "tram")]
    [InlineData("tram**", "tram*")]
    public void A_star_alone_or_after_one_letter_is_not_a_prefix(string input, string expected)
    {
        Assert.Equal(expected, Terms(input));
    }

    [Fact]
    public void A_prefix_can_end_a_phrase()
    {
        var query = SearchQuery.Parse("\"night tra*\"");

        Assert.Equal("\"night tra\"*", query.ToFts5());
        Assert.Equal("('night' <-> 'tra':*)", query.ToTsQuery());
    }

    [Theory]
    [InlineData("Rodríguez", "rodriguez")]
    [InlineData("RODRIGUEZ", "rodriguez")]
    [InlineData("Ana Núñez", "ana nunez")]
    [InlineData("Zoë", "zoe")]
    [InlineData("cafe\u0301", "cafe")]
    [InlineData("ÉCOLE", "ecole")]
    [InlineData("Москва", "москва")]
    public void Accents_and_case_are_folded(string input, string expected)
    {
        Assert.Equal(expected, Terms(input));
    }

    [Theory]
    [InlineData("night-tram", "\"night tram\"")]
    [InlineData("O'Brien", "\"o brien\"")]
    [InlineData("3.5", "\"3 5\"")]
    [InlineData("larkhaven.gov", "\"larkhaven gov\"")]
    [InlineData("-night-tram", "-\"night tram\"")]
    public void A_written_word_of_several_parts_is_a_phrase(string input, string expected)
    {
        Assert.Equal(expected, Terms(input));
    }

    [Theory]
    [InlineData("\"night tram", "night tram")]
    [InlineData("night tram\"", "night tram")]
    [InlineData("\"a\" \"b", "a b")]
    public void A_quote_left_open_is_read_as_plain_words(string input, string expected)
    {
        Assert.Equal(expected, Terms(input));
    }

    [Theory]
    [InlineData("title:rent", "title rent")]
    [InlineData("headline:(flood OR storm)", "headline flood or storm")]
    [InlineData("tram NEAR/3 bridge", "tram near 3 bridge")]
    [InlineData("NEAR(tram bridge, 5)", "near tram bridge 5")]
    [InlineData("(((budget", "budget")]
    [InlineData("budget)))", "budget")]
    [InlineData("a AND b OR NOT c", "a and b or not c")]
    [InlineData("^flood +tram ~storm", "flood tram storm")]
    [InlineData("{headline}: rent", "headline rent")]
    public void Engine_syntax_is_read_as_plain_words(string input, string expected)
    {
        Assert.Equal(expected, Terms(input));
    }

    [Theory]
    [InlineData("'; DROP TABLE Articles; --")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("x' || pg_sleep(10) || '")]
    [InlineData("\\\"); DELETE FROM article_search; --")]
    [InlineData("rowid:1 OR ArticleSearch MATCH '*'")]
    public void SQL_fragments_become_plain_words_that_hold_only_letters_and_digits(string input)
    {
        var query = SearchQuery.Parse(input);

        Assert.True(query.IsSearchable);
        Assert.All(query.Terms.SelectMany(t => t.Words), word => Assert.Matches(@"^[\p{L}\p{N}]+$", word));
        Assert.DoesNotContain("'", query.ToFts5().Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tram\u0000bridge", "tram bridge")]
    [InlineData("tram\u0002bridge\u0003", "tram bridge")]
    [InlineData("\u001b[31mred\u001b[0m", "31mred 0m")]
    [InlineData("tram\r\nbridge\t", "tram bridge")]
    [InlineData("\uD800tram", "tram")]
    [InlineData("tram\uDC00", "tram")]
    public void Control_characters_and_broken_surrogates_are_dropped(string input, string expected)
    {
        Assert.Equal(expected, Terms(input));
    }

    [Fact]
    public void A_10000_character_query_is_read_into_at_most_twelve_terms()
    {
        var input = string.Concat(Enumerable.Repeat("a\"b -c* d( ", 1_000));
        Assert.Equal(11_000, input.Length);
        var query = SearchQuery.Parse(input);

        Assert.InRange(query.Terms.Count, 1, SearchQuery.MaxTerms);
        Assert.InRange(query.Text.Length, 1, SearchQuery.MaxLength);
    }

    [Fact]
    public void Only_the_first_twelve_different_terms_count()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}")));

        Assert.Equal(12, SearchQuery.MaxTerms);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"w{i}"), query.Terms.Select(t => t.Words[0]));
    }

    [Fact]
    public void Repeated_terms_are_kept_once()
    {
        Assert.Equal("budget city", Terms("Budget budget BUDGET city CITY"));
    }

    [Fact]
    public void A_word_longer_than_64_letters_is_not_searched_for()
    {
        Assert.Equal("tram", Terms(new string('x', 100) + " tram"));
        Assert.Equal("", Terms(new string('x', 10_000)));
    }

    [Fact]
    public void A_long_phrase_keeps_its_first_ten_words()
    {
        var query = SearchQuery.Parse("\"" + string.Join(' ', Enumerable.Range(1, 30).Select(i => $"w{i}")) + "\"");

        Assert.Equal(SearchQuery.MaxPhraseWords, Assert.Single(query.Terms).Words.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_query_is_empty_and_has_no_problem(string? input)
    {
        var query = SearchQuery.Parse(input);

        Assert.True(query.IsEmpty);
        Assert.False(query.IsSearchable);
        Assert.Null(query.Problem);
    }

    [Theory]
    [InlineData("!!! *** --- \"\" ()")]
    [InlineData("\u2603 \U0001F600")]
    [InlineData(":-)")]
    public void A_query_without_words_explains_what_to_type(string input)
    {
        var query = SearchQuery.Parse(input);

        Assert.False(query.IsSearchable);
        Assert.Contains("no word to search for", query.Problem, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => query.ToFts5());
        Assert.Throws<InvalidOperationException>(() => query.ToTsQuery());
    }

    [Fact]
    public void Excluded_words_alone_are_not_a_search()
    {
        var query = SearchQuery.Parse("-budget -\"council tax\"");

        Assert.False(query.IsSearchable);
        Assert.Contains("minus sign", query.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("harbour flood", "harbour")]
    [InlineData("\"night tram\" bridge -parking", "\"night tram\" -parking")]
    [InlineData("harbour", null)]
    public void A_query_with_fewer_words_drops_the_last_word_looked_for(string input, string? expected)
    {
        Assert.Equal(expected, SearchQuery.Parse(input).WithFewerWords());
    }

    [Fact]
    public void Typographic_quotes_make_phrases_too()
    {
        Assert.Equal("\"night tram\"", Terms("“night tram”"));
    }
}
