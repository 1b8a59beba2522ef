using Byline.Web;

namespace Byline.Tests.Web;

public sealed class PageNumberTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_page_parameter_means_the_first_page(string? raw)
    {
        Assert.True(PageNumber.TryParse(raw, out var page, out var error));
        Assert.Equal(1, page.Value);
        Assert.Equal(0, page.Skip);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("1", 1, 0)]
    [InlineData("2", 2, 20)]
    [InlineData("3", 3, 40)]
    [InlineData("50", 50, 980)]
    [InlineData("1000000", 1_000_000, 19_999_980)]
    public void A_whole_number_from_1_selects_that_page_20_stories_at_a_time(string raw, int expectedValue, int expectedSkip)
    {
        Assert.True(PageNumber.TryParse(raw, out var page, out var error));
        Assert.Equal(expectedValue, page.Value);
        Assert.Equal(expectedSkip, page.Skip);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("1,000")]
    [InlineData(" 2")]
    [InlineData("2 ")]
    [InlineData("+3")]
    [InlineData("0x10")]
    [InlineData("1e3")]
    [InlineData("٣")]
    [InlineData("1000001")]
    [InlineData("2147483648")]
    [InlineData("99999999999")]
    public void Anything_but_a_page_number_is_refused_with_a_message(string raw)
    {
        Assert.False(PageNumber.TryParse(raw, out var page, out var error));
        Assert.Contains(raw, error, StringComparison.Ordinal);
        Assert.Contains("not a page number", error, StringComparison.Ordinal);
        Assert.Equal(1, page.Value);
    }

    [Fact]
    public void A_very_long_value_is_shortened_in_the_message()
    {
        var raw = new string('9', 20) + new string('x', 5_000);

        Assert.False(PageNumber.TryParse(raw, out _, out var error));
        Assert.Contains(new string('9', 20) + "…", error, StringComparison.Ordinal);
        Assert.DoesNotContain("x", error, StringComparison.Ordinal);
        Assert.True(error.Length < 200, $"The message is {error.Length} characters long.");
    }

    [Fact]
    public void The_last_page_skips_without_overflowing()
    {
        Assert.True(PageNumber.TryParse(PageNumber.Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture), out var page, out _));
        Assert.True(page.Skip > 0);
        Assert.Equal((long)(PageNumber.Maximum - 1) * PageNumber.PageSize, page.Skip);
    }
}
