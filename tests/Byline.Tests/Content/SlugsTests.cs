using Byline.Content;

namespace Byline.Tests.Content;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Café Society: 2026!", "cafe-society-2026")]
    [InlineData("Crème brûlée à São Paulo", "creme-brulee-a-sao-paulo")]
    [InlineData("Ångström naïve Zoë", "angstrom-naive-zoe")]
    [InlineData("Cafe\u0301 decomposed", "cafe-decomposed")]
    public void Accents_are_folded_to_plain_letters(string text, string expected)
    {
        Assert.Equal(expected, Slugs.From(text));
    }

    [Theory]
    [InlineData("Harbour\uFFFEnews", "harbour-news")]
    [InlineData("Caf\u00e9\uFFFF \uFDD0 bar", "cafe-bar")]
    [InlineData("lone \uD800 surrogate", "lone-surrogate")]
    public void Characters_that_unicode_cannot_normalise_separate_words_instead_of_failing(string text, string expected)
    {
        Assert.Equal(expected, Slugs.From(text));
    }

    [Theory]
    [InlineData("Hello,   World", "hello-world")]
    [InlineData("Hello --- World...", "hello-world")]
    [InlineData("C# & .NET 10", "c-net-10")]
    [InlineData("  ...Leading and trailing!!!  ", "leading-and-trailing")]
    [InlineData("a_b/c\\d.e", "a-b-c-d-e")]
    [InlineData("UPPER lower MiXeD", "upper-lower-mixed")]
    public void Runs_of_punctuation_and_spaces_become_one_hyphen(string text, string expected)
    {
        Assert.Equal(expected, Slugs.From(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! --- ???")]
    public void Text_without_letters_or_digits_gives_an_empty_slug(string text)
    {
        Assert.Equal("", Slugs.From(text));
    }

    [Fact]
    public void A_long_title_is_cut_to_120_characters()
    {
        var slug = Slugs.From(new string('a', 500));

        Assert.Equal(120, Slugs.MaxLength);
        Assert.Equal(new string('a', 120), slug);
    }

    [Fact]
    public void A_cut_that_lands_on_a_hyphen_does_not_leave_it_dangling()
    {
        // The 120th character of the full slug is the hyphen between the two words.
        var slug = Slugs.From(new string('a', 119) + " " + new string('b', 50));

        Assert.Equal(new string('a', 119), slug);
    }

    [Fact]
    public void A_long_sentence_becomes_a_well_formed_slug_of_at_most_120_characters()
    {
        var title = string.Join(' ', Enumerable.Repeat("The council’s budget, explained:", 20));

        var slug = Slugs.From(title);

        Assert.InRange(slug.Length, 100, 120);
        Assert.StartsWith("the-council-s-budget-explained-the-council", slug, StringComparison.Ordinal);
        Assert.True(Slugs.IsWellFormed(slug));
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Slugs.From(null!));
    }

    [Theory]
    [InlineData("cafe-society-2026")]
    [InlineData("a")]
    [InlineData("2026")]
    [InlineData("x-1-y-2")]
    public void Well_formed_slugs_are_accepted(string slug)
    {
        Assert.True(Slugs.IsWellFormed(slug));
    }

    [Fact]
    public void A_slug_of_exactly_120_characters_is_well_formed()
    {
        Assert.True(Slugs.IsWellFormed(new string('a', 120)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Cafe-society")]
    [InlineData("cafe.society")]
    [InlineData("cafe--society")]
    [InlineData("-cafe")]
    [InlineData("cafe-")]
    [InlineData("cafe society")]
    [InlineData("café")]
    [InlineData("cafe_society")]
    [InlineData("cafe/society")]
    [InlineData("%2e%2e")]
    [InlineData("\uFFFE")]
    [InlineData("cafe\uFFFFsociety")]
    [InlineData("\uD800")]
    public void Anything_that_From_could_not_produce_is_not_well_formed(string? slug)
    {
        Assert.False(Slugs.IsWellFormed(slug));
    }

    [Fact]
    public void A_slug_longer_than_120_characters_is_not_well_formed()
    {
        Assert.False(Slugs.IsWellFormed(new string('a', 121)));
    }

    [Theory]
    [InlineData("Café Society: 2026!")]
    [InlineData("  Weird -- spacing & symbols ## ")]
    [InlineData("Москва 2026 and more")]
    public void What_From_produces_is_well_formed(string text)
    {
        Assert.True(Slugs.IsWellFormed(Slugs.From(text)));
    }
}
