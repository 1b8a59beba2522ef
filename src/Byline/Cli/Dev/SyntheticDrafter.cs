using Byline.Content;
using Byline.Publishing;
using Byline.Search;

namespace Byline.Cli.Dev;

/// <summary>
/// Drafts the stories of one generation in order from one seeded <see cref="Random"/>: each story's time, beat, text,
/// byline, tags and search entry. The numbers are drawn in the same order whatever the batches, so the same seed writes
/// the same archive. Not thread-safe: one batch at a time.
/// </summary>
internal sealed class SyntheticDrafter
{
    /// <summary>How often each beat (in <see cref="SyntheticVocabulary.Beats"/> order) gets a story.</summary>
    private static readonly int[] BeatWeights = [20, 14, 10, 12, 10, 16, 9, 9];

    private static readonly int TotalWeight = BeatWeights.Sum();

    private readonly Random _random;
    private readonly SyntheticWriter _writer;
    private readonly int _count;
    private readonly DateTimeOffset _now;
    private readonly DateTimeOffset _start;
    private readonly SyntheticNewsroom _newsroom;
    private readonly List<Person> _allReporters;
    private int _drafted;
    private int _suffix;

    /// <param name="firstSuffix">What the first story's slug ends with (in base 36); each next story's is one more.</param>
    public SyntheticDrafter(int seed, int count, DateTimeOffset now, int firstSuffix, SyntheticNewsroom newsroom)
    {
        _random = new Random(seed);
        _writer = new SyntheticWriter(_random);
        _count = count;
        _now = now;
        _start = now - SyntheticArchive.Span;
        _suffix = firstSuffix;
        _newsroom = newsroom;
        _allReporters = [.. newsroom.ReportersByBeat.SelectMany(r => r)];
    }

    /// <summary>The next <paramref name="take"/> stories, spread evenly over the span in the order they are drafted.</summary>
    public List<SyntheticDraft> Next(int take)
    {
        var beats = SyntheticVocabulary.Beats;
        var drafts = new List<SyntheticDraft>(take);
        for (var i = 0; i < take; i++, _drafted++)
        {
            var day = _start + (SyntheticArchive.Span * ((_drafted + _random.NextDouble()) / _count));
            var at = new DateTimeOffset(day.UtcDateTime.Date, TimeSpan.Zero).AddHours(6 + _random.Next(16)).AddMinutes(_random.Next(60));
            at = at < _now ? at : _now.AddMinutes(-1 - _random.Next(600));
            var beat = Beat(_random.Next(TotalWeight));
            var text = _writer.Write(beats[beat], at.Year);
            var section = _newsroom.SectionsBySlug[beats[beat].SectionSlug];
            var slug = SlugOf(text.Headline, _suffix++);
            var body = new RenderedBody(text.Html, text.WordCount);
            var story = StoryFactory.Create(new NewStory(text.Headline, slug, text.Markdown, body, ArticleStatus.Published, at.AddMinutes(-30 - _random.Next(600)))
            {
                PublishedAt = at,
                UpdatedAt = _random.NextDouble() < 0.1 ? at.AddMinutes(20 + _random.Next(2000)) : null,
                Version = 1,
            });
            story.Standfirst = text.Standfirst;
            story.SectionId = section.Id;
            story.CommentsOpen = false;
            var byline = Byline(beat).ToList();
            var tags = text.Tags.Select(name => _newsroom.TagsBySlug[Slugs.From(name)]).Distinct().OrderBy(t => _newsroom.TagOrder[t.Id]).ToList();
            var entry = SearchDocuments.Of(0, section.Id, at, story.Headline, story.Standfirst, story.BodyHtml, section.Name,
                tags.Select(t => t.Name), byline.Select(p => p.Name));
            drafts.Add(new SyntheticDraft(story, [.. byline.Select(p => p.Id)], [.. tags.Select(t => t.Id)], entry));
        }
        return drafts;
    }

    private static int Beat(int roll)
    {
        for (var b = 0; b < BeatWeights.Length; b++)
        {
            roll -= BeatWeights[b];
            if (roll < 0)
            {
                return b;
            }
        }
        return 0;
    }

    private IEnumerable<Person> Byline(int beat)
    {
        var reporters = _newsroom.ReportersByBeat;
        var first = _random.NextDouble() < 0.85 ? reporters[beat][_random.Next(reporters[beat].Count)] : reporters[_random.Next(reporters.Length)][0];
        yield return first;
        if (_random.NextDouble() < 0.15)
        {
            var second = _allReporters[_random.Next(_allReporters.Count)];
            if (second.Id != first.Id)
            {
                yield return second;
            }
        }
    }

    private static string SlugOf(string headline, int suffix)
    {
        var slug = Slugs.From(headline);
        slug = slug.Length > 100 ? slug[..100].TrimEnd('-') : slug;
        return slug + "-" + ToBase36(suffix);
    }

    private static string ToBase36(int value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var text = "";
        do
        {
            text = digits[value % 36] + text;
            value /= 36;
        }
        while (value > 0);
        return text;
    }
}
