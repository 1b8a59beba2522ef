using System.Text.RegularExpressions;
using Byline.Cli.Dev;

namespace Byline.Tests.Cli.Dev;

public sealed class SyntheticWriterTests
{
    [Fact]
    public void Every_beat_writes_stories_of_150_to_900_words_with_no_slot_left_unfilled()
    {
        var writer = new SyntheticWriter(new Random(7));
        foreach (var beat in SyntheticVocabulary.Beats)
        {
            for (var i = 0; i < 200; i++)
            {
                var story = writer.Write(beat, 2020);

                Assert.InRange(story.WordCount, SyntheticWriter.MinWords, SyntheticWriter.MaxWords + 200);
                Assert.DoesNotContain("{", story.Markdown + story.Headline + story.Standfirst, StringComparison.Ordinal);
                Assert.InRange(story.Headline.Length, 10, 200);
                Assert.InRange(story.Standfirst.Length, 10, 600);
                Assert.Contains(SyntheticVocabulary.SyntheticTag, story.Tags);
                Assert.Contains(SyntheticVocabulary.SyntheticNote, story.Html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Long_stories_have_subheadings_in_both_markdown_and_html()
    {
        var writer = new SyntheticWriter(new Random(3));
        var story = Enumerable.Range(0, 50).Select(_ => writer.Write(SyntheticVocabulary.Beats[0], 2024)).First(s => s.WordCount > 600);

        Assert.Matches(new Regex("^## ", RegexOptions.Multiline), story.Markdown);
        Assert.Contains("<h2 id=\"", story.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_writes_the_same_story()
    {
        var first = new SyntheticWriter(new Random(42)).Write(SyntheticVocabulary.Beats[2], 2019);
        var second = new SyntheticWriter(new Random(42)).Write(SyntheticVocabulary.Beats[2], 2019);

        Assert.Equal(first, second with { Tags = first.Tags });
        Assert.Equal(first.Tags, second.Tags);
    }

    [Fact]
    public void Stories_vary()
    {
        var writer = new SyntheticWriter(new Random(1));
        var headlines = Enumerable.Range(0, 500).Select(_ => writer.Write(SyntheticVocabulary.Beats[0], 2022).Headline).ToHashSet();

        Assert.True(headlines.Count > 400, $"only {headlines.Count} different headlines in 500 stories");
    }
}
