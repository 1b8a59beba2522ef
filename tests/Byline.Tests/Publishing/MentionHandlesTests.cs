using Byline.Publishing;

namespace Byline.Tests.Publishing;

public sealed class MentionHandlesTests
{
    [Theory]
    [InlineData("Ana Ruiz", "anaruiz")]
    [InlineData("José Núñez-Ortega", "josenunezortega")]
    [InlineData("Mary O'Brien", "maryobrien")]
    [InlineData("!!!", "member7")]
    public void A_handle_is_the_display_name_in_lower_case_without_accents_spaces_or_punctuation(string name, string handle) =>
        Assert.Equal(handle, MentionHandles.Of([(7, name)])[7]);

    [Fact]
    public void Of_members_with_the_same_name_the_earliest_keeps_the_handle_and_later_ones_add_their_number()
    {
        var handles = MentionHandles.Of([(12, "Sam Same"), (3, "Sam Same"), (5, "Other One")]);

        Assert.Equal("samsame", handles[3]);
        Assert.Equal("samsame12", handles[12]);
        Assert.Equal("otherone", handles[5]);
    }

    [Fact]
    public void A_text_mentions_handles_after_an_at_sign_whatever_their_case_but_not_email_addresses()
    {
        var mentioned = MentionHandles.In("@AnaRuiz, see this (@josé). Mail ana@example.org or write to @@twice and a.@dot.");

        Assert.Equal(["anaruiz", "jose"], mentioned.Order(StringComparer.Ordinal));
    }
}
