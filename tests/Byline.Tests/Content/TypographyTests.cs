using Byline.Content;

namespace Byline.Tests.Content;

/// <summary>Headlines and standfirsts as typed, and as readers see them.</summary>
public sealed class TypographyTests
{
    [Theory]
    [InlineData("The council's plan", "The council’s plan")]
    [InlineData("Residents' association backs Option C", "Residents’ association backs Option C")]
    [InlineData("Back to the '90s", "Back to the ’90s")]
    [InlineData("rock 'n' roll", "rock ‘n’ roll")]
    public void Apostrophes_curl_the_way_a_typesetter_sets_them(string typed, string set) =>
        Assert.Equal(set, Typography.Smart(typed));

    [Theory]
    [InlineData("\"We will not wait,\" says mayor", "“We will not wait,” says mayor")]
    [InlineData("Mayor: 'We will not wait'", "Mayor: ‘We will not wait’")]
    [InlineData("\"It's not 'over' yet\"", "“It’s not ‘over’ yet”")]
    [InlineData("The ferry (\"the Marrowby\") is back", "The ferry (“the Marrowby”) is back")]
    [InlineData("\"Yes\"—\"no\"", "“Yes”—“no”")]
    public void A_quote_inside_a_headline_opens_and_closes_with_curly_marks(string typed, string set) =>
        Assert.Equal(set, Typography.Smart(typed));

    [Fact]
    public void A_quote_without_its_partner_still_curls_and_no_straight_quote_is_left()
    {
        var set = Typography.Smart("\"The tram is the thing people asked for, he said");

        Assert.Equal("“The tram is the thing people asked for, he said", set);
        Assert.DoesNotContain('"', set!);
    }

    [Theory]
    [InlineData("Pages 10--12", "Pages 10–12")]
    [InlineData("A bridge --- and a tram", "A bridge — and a tram")]
    [InlineData("Wait for it...", "Wait for it…")]
    [InlineData("A well-known street", "A well-known street")]
    public void Dashes_and_ellipses_are_typeset_and_hyphens_stay(string typed, string set) =>
        Assert.Equal(set, Typography.Smart(typed));

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("Council tax to rise 4.9%", "Council tax to rise 4.9%")]
    public void Text_without_anything_to_set_is_returned_as_it_is(string? typed, string? set) =>
        Assert.Equal(set, Typography.Smart(typed));

    [Fact]
    public void Text_that_follows_a_word_closes_its_first_quote()
    {
        Assert.Equal("” he said", Typography.Smart("\" he said", 'd'));
        Assert.Equal("“Go", Typography.Smart("\"Go", ' '));
    }
}
