using Byline.Content;

namespace Byline.Tests.Content;

public sealed class ReadingTimeTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(237, 1)]
    [InlineData(238, 1)]
    [InlineData(239, 2)]
    [InlineData(476, 2)]
    [InlineData(477, 3)]
    [InlineData(1000, 5)]
    [InlineData(2380, 10)]
    [InlineData(2381, 11)]
    public void Reading_time_is_the_word_count_at_238_words_a_minute_rounded_up(int words, int expectedMinutes)
    {
        Assert.Equal(expectedMinutes, ReadingTime.Minutes(words));
    }

    [Fact]
    public void Every_story_takes_at_least_one_minute_and_a_minute_never_covers_more_than_238_words()
    {
        for (var words = 0; words <= 5_000; words++)
        {
            var minutes = ReadingTime.Minutes(words);
            Assert.True(minutes >= 1, $"{words} words gave {minutes} minutes");
            Assert.True(minutes * 238 >= words, $"{words} words do not fit in {minutes} minutes");
            Assert.True(minutes == 1 || (minutes - 1) * 238 < words, $"{words} words were rounded up one minute too far");
        }
    }
}
