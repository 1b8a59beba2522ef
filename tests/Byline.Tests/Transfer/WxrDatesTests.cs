using Byline.Transfer.WordPress;

namespace Byline.Tests.Transfer;

public sealed class WxrDatesTests
{
    [Theory]
    [InlineData("2025-11-03 09:15:00")]
    [InlineData("Mon, 03 Nov 2025 09:15:00 +0000")]
    [InlineData("2025-11-03T09:15:00Z")]
    [InlineData("2025-11-03T10:15:00+01:00")]
    public void The_shapes_exports_use_are_read_as_utc(string text)
    {
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 9, 15, 0, TimeSpan.Zero), WxrDates.Parse(text));
    }

    [Theory]
    [InlineData("0000-00-00 00:00:00")]
    [InlineData("")]
    public void An_unset_date_is_null_and_says_so(string text)
    {
        Assert.True(WxrDates.IsUnset(text));
        Assert.Null(WxrDates.Parse(text));
    }

    [Fact]
    public void An_unreadable_date_is_null_but_not_unset()
    {
        Assert.False(WxrDates.IsUnset("20th Smarch 2025"));
        Assert.Null(WxrDates.Parse("20th Smarch 2025"));
    }
}
