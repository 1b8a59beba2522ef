namespace Byline.Content;

public sealed record RenderedBody(string Html, int WordCount)
{
    public int ReadingMinutes => ReadingTime.Minutes(WordCount);
}
