using Byline.Cli;

namespace Byline.Tests.Cli;

public sealed class CountedTests
{
    [Theory]
    [InlineData(0, "0 images")]
    [InlineData(1, "1 image")]
    [InlineData(2, "2 images")]
    [InlineData(1204, "1,204 images")]
    public void A_count_takes_the_singular_only_for_one(long count, string expected)
    {
        Assert.Equal(expected, Counted.Of(count, "image", "images"));
    }
}
