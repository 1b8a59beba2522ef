using Byline.Search;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Content.Synthetic;

/// <summary>
/// <c>Byline dev generate --articles N</c>: adds N published synthetic stories about Larkhaven, spread over the last 20
/// years, to test search and paging at scale. Each story carries the tag "Synthetic archive" and ends with a note saying
/// it is generated. Stories go in batches of <see cref="BatchSize"/>, each batch and its search entries in one
/// transaction, with the change tracker emptied after every batch, so memory stays flat up to a million stories.
/// Sections, authors and tags are reused by slug when they exist and created when they do not.
/// </summary>
public sealed class SyntheticArchive(BylineDb db, IArticleSearch search, TimeProvider clock)
{
    public const int MaxStories = 1_000_000;
    public const int BatchSize = 2_000;
    public const int AuthorCount = 48;

    public static readonly TimeSpan Span = TimeSpan.FromDays(365.25 * 20);

    /// <summary>How often each beat (in <see cref="SyntheticVocabulary.Beats"/> order) gets a story.</summary>
    private static readonly int[] BeatWeights = [20, 14, 10, 12, 10, 16, 9, 9];

    public async Task<SyntheticArchiveResult> GenerateAsync(int count, int seed, IProgress<SyntheticProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxStories);

        var (sections, newSections) = await EnsureSectionsAsync(cancellationToken);
        var (authors, newAuthors) = await EnsureAuthorsAsync(cancellationToken);
        var (tags, newTags) = await EnsureTagsAsync(cancellationToken);

        var random = new Random(seed);
        var writer = new SyntheticWriter(random);
        var now = clock.GetUtcNow();
        var start = now - Span;
        var suffix = (await db.Articles.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0) + 1;
        var beats = SyntheticVocabulary.Beats;
        var totalWeight = BeatWeights.Sum();

        int? firstId = null;
        var lastId = 0;
        var done = 0;
        progress?.Report(new SyntheticProgress(0, count));
        while (done < count)
        {
            var stories = new List<Article>(Math.Min(BatchSize, count - done));
            for (var i = 0; i < stories.Capacity; i++)
            {
                var day = start + (Span * ((done + i + random.NextDouble()) / count));
                var at = new DateTimeOffset(day.UtcDateTime.Date, TimeSpan.Zero).AddHours(6 + random.Next(16)).AddMinutes(random.Next(60));
                at = at < now ? at : now.AddMinutes(-1 - random.Next(600));
                var beat = Beat(random.Next(totalWeight));
                var story = writer.Write(beats[beat], at.Year);
                stories.Add(new Article
                {
                    Headline = story.Headline,
                    Slug = SlugOf(story.Headline, suffix++),
                    Standfirst = story.Standfirst,
                    BodyMarkdown = story.Markdown,
                    BodyHtml = story.Html,
                    WordCount = story.WordCount,
                    ReadingMinutes = ReadingTime.Minutes(story.WordCount),
                    SectionId = sections[beats[beat].SectionSlug],
                    Status = ArticleStatus.Published,
                    CreatedAt = at.AddMinutes(-30 - random.Next(600)),
                    PublishedAt = at,
                    UpdatedAt = random.NextDouble() < 0.1 ? at.AddMinutes(20 + random.Next(2000)) : null,
                    CommentsOpen = false,
                    Version = 1,
                    Authors = Byline(random, authors, beat).Select((person, position) => new ArticleAuthor { PersonId = person, Position = position }).ToList(),
                    Tags = story.Tags.Select(name => tags[Slugs.From(name)]).Distinct().ToList(),
                });
            }
            var ids = await SaveAsync(stories, tags.Values, cancellationToken);
            firstId ??= ids.Min();
            lastId = ids.Max();
            done += stories.Count;
            progress?.Report(new SyntheticProgress(done, count));
        }

        await search.CompactAsync(cancellationToken);
        return new SyntheticArchiveResult(done, newSections, newAuthors, newTags, firstId ?? 0, lastId);

        static int Beat(int roll)
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
    }

    /// <summary>One batch and its search entries in one transaction; retried whole on PostgreSQL after a dropped connection.</summary>
    private async Task<List<int>> SaveAsync(List<Article> stories, IEnumerable<Tag> tags, CancellationToken cancellationToken)
    {
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear();
                foreach (var tag in tags)
                {
                    // The tags live across batches; the stories they point back to must not.
                    tag.Articles.Clear();
                    db.Tags.Attach(tag);
                }
                foreach (var story in stories)
                {
                    story.Id = 0;
                }
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                db.Articles.AddRange(stories);
                await db.SaveChangesAsync(token);
                var ids = stories.Select(s => s.Id).ToList();
                await search.IndexAsync(ids, token);
                await transaction.CommitAsync(token);
                return ids;
            }, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private static IEnumerable<int> Byline(Random random, List<int>[] authors, int beat)
    {
        var first = random.NextDouble() < 0.85 ? authors[beat][random.Next(authors[beat].Count)] : authors[random.Next(authors.Length)][0];
        yield return first;
        if (random.NextDouble() < 0.15)
        {
            var all = authors.SelectMany(a => a).ToList();
            var second = all[random.Next(all.Count)];
            if (second != first)
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

    private async Task<(Dictionary<string, int> BySlug, int Created)> EnsureSectionsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Sections.ToDictionaryAsync(s => s.Slug, cancellationToken);
        var position = existing.Count == 0 ? 0 : existing.Values.Max(s => s.Position);
        var created = 0;
        foreach (var beat in SyntheticVocabulary.Beats.Where(b => !existing.ContainsKey(b.SectionSlug)))
        {
            var section = new Section { Name = beat.SectionName, Slug = beat.SectionSlug, Description = beat.SectionDescription, Position = ++position };
            db.Sections.Add(section);
            existing[section.Slug] = section;
            created++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return (existing.ToDictionary(s => s.Key, s => s.Value.Id), created);
    }

    /// <summary>The synthetic newsroom's reporters (the same names every run), grouped by the beat each mostly covers.</summary>
    private async Task<(List<int>[] ByBeat, int Created)> EnsureAuthorsAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        var pick = new Random(2026);
        while (names.Count < AuthorCount)
        {
            var name = $"{SyntheticVocabulary.FirstNames[pick.Next(SyntheticVocabulary.FirstNames.Length)]} {SyntheticVocabulary.Surnames[pick.Next(SyntheticVocabulary.Surnames.Length)]}";
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }
        var slugs = names.Select(Slugs.From).ToList();
        var existing = await db.People.Where(p => slugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, cancellationToken);
        var beats = SyntheticVocabulary.Beats;
        var people = new List<Person>();
        var created = 0;
        for (var i = 0; i < names.Count; i++)
        {
            if (!existing.TryGetValue(slugs[i], out var person))
            {
                person = new Person
                {
                    Name = names[i],
                    Slug = slugs[i],
                    JobTitle = $"{beats[i % beats.Length].SectionName} reporter",
                    Bio = "A reporter of the synthetic Larkhaven archive, made by Byline's dev generate command; not a real person.",
                };
                db.People.Add(person);
                created++;
            }
            people.Add(person);
        }
        await db.SaveChangesAsync(cancellationToken);
        var byBeat = beats.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < people.Count; i++)
        {
            byBeat[i % beats.Length].Add(people[i].Id);
        }
        return (byBeat, created);
    }

    private async Task<(Dictionary<string, Tag> BySlug, int Created)> EnsureTagsAsync(CancellationToken cancellationToken)
    {
        var names = SyntheticVocabulary.Beats.SelectMany(b => b.Tags)
            .Concat(SyntheticVocabulary.Districts)
            .Append(SyntheticVocabulary.SyntheticTag)
            .DistinctBy(Slugs.From)
            .ToList();
        var slugs = names.Select(Slugs.From).ToList();
        var tags = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, cancellationToken);
        var created = 0;
        foreach (var name in names.Where(n => !tags.ContainsKey(Slugs.From(n))))
        {
            var tag = new Tag { Name = name, Slug = Slugs.From(name) };
            db.Tags.Add(tag);
            tags[tag.Slug] = tag;
            created++;
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (tags, created);
    }
}
