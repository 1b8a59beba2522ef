namespace Byline.Content;

public static class ReadingTime
{
    /// <summary>The measured average silent-reading speed for non-fiction.</summary>
    public const int WordsPerMinute = 238;

    public static int Minutes(int wordCount) => Math.Max(1, (wordCount + WordsPerMinute - 1) / WordsPerMinute);
}
