using Byline.Pages.Shared;

namespace Byline.Tests.Pages.Shared;

public sealed class InitialsTests
{
    [Theory]
    [InlineData("Mara Okonkwo", "MO")]
    [InlineData("mara okonkwo", "MO")]
    [InlineData("Cher", "C")]
    [InlineData("Ana María López García", "AM")]
    [InlineData("  Jo    Bloggs  ", "JB")]
    [InlineData("Jean-Luc Picard", "JP")]
    [InlineData("O'Brien Kelly", "OK")]
    [InlineData("émile zola", "ÉZ")]
    [InlineData("łukasz nowak", "ŁN")]
    [InlineData("Олена Коваль", "ОК")]
    [InlineData("山田 太郎", "山太")]
    public void Initials_are_the_first_letters_of_the_first_two_names_in_capitals(string name, string expected)
    {
        Assert.Equal(expected, Initials.Of(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("     ")]
    public void A_blank_name_gets_a_question_mark(string name)
    {
        Assert.Equal("?", Initials.Of(name));
    }

    [Fact]
    public void Initials_never_split_a_character_made_of_two_UTF16_units()
    {
        // An emoji or a letter outside the Basic Multilingual Plane is a surrogate pair: half of one is not text.
        Assert.Equal("😀S", Initials.Of("😀 Smith"));
        Assert.Equal("𝒜B", Initials.Of("𝒜lice Bob"));
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Initials.Of(null!));
    }
}
