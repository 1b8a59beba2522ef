using Byline.Content;
using Byline.Search;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Cli.Dev;

/// <summary>
/// <c>Byline dev generate --articles N</c>: adds N published synthetic stories about Larkhaven, spread over the last 20
/// years, to test search and paging at scale. Each story carries the tag "Synthetic archive" and ends with a note saying
/// it is generated. Stories go in batches of <see cref="BatchSize"/>, each batch and its search entries in one
/// transaction, written by <see cref="ISyntheticStories"/> without the change tracker; while one batch is written the
/// next is drafted, and no more than those two are held, so memory stays flat up to a million stories.
/// Sections, authors and tags are reused by slug when they exist and created when they do not.
/// </summary>
internal sealed class SyntheticArchive(BylineDb db, IArticleSearch search, TimeProvider clock)
{
    private readonly ISyntheticStories stories = db is PostgresBylineDb ? new PostgresSyntheticStories(db) : new SqliteSyntheticStories(db);

    public const int MaxStories = 1_000_000;
    public const int BatchSize = 2_000;
    public const int AuthorCount = 48;

    public static readonly TimeSpan Span = TimeSpan.FromDays(365.25 * 20);

    public async Task<SyntheticArchiveResult> GenerateAsync(int count, int seed, IProgress<SyntheticProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxStories);

        var (sections, newSections) = await EnsureSectionsAsync(cancellationToken);
        var (reporters, newAuthors) = await EnsureAuthorsAsync(cancellationToken);
        var (tags, newTags) = await EnsureTagsAsync(cancellationToken);
        var tagOrder = await TagOrderAsync(tags.Values, cancellationToken);
        db.ChangeTracker.Clear();

        var suffix = (await db.Articles.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0) + 1;
        var drafter = new SyntheticDrafter(seed, count, clock.GetUtcNow(), suffix, new SyntheticNewsroom(sections, reporters, tags, tagOrder));

        int? firstId = null;
        var lastId = 0;
        var done = 0;
        progress?.Report(new SyntheticProgress(0, count));
        var next = Task.Run(() => drafter.Next(Math.Min(BatchSize, count)), cancellationToken);
        while (next is not null)
        {
            var drafts = await next;
            var drafted = done + drafts.Count;
            next = drafted < count ? Task.Run(() => drafter.Next(Math.Min(BatchSize, count - drafted)), cancellationToken) : null;
            var ids = await SaveAsync(drafts, cancellationToken);
            firstId ??= ids[0];
            lastId = ids[^1];
            done = drafted;
            progress?.Report(new SyntheticProgress(done, count));
        }

        await search.CompactAsync(cancellationToken);
        return new SyntheticArchiveResult(done, newSections, newAuthors, newTags, firstId ?? 0, lastId);
    }

    /// <summary>One batch and its search entries in one transaction; retried whole on PostgreSQL after a dropped connection.</summary>
    private Task<IReadOnlyList<int>> SaveAsync(List<SyntheticDraft> drafts, CancellationToken cancellationToken) =>
        db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = await stories.InsertAsync(drafts, cancellationToken);
            await search.IndexAsync([.. drafts.Select((d, i) => d.Entry with { Id = ids[i] })], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return ids;
        }, cancellationToken);

    /// <summary>Each tag's place when the database sorts them by name, with its own collation, as a search entry lists them.</summary>
    private async Task<Dictionary<int, int>> TagOrderAsync(IEnumerable<Tag> tags, CancellationToken cancellationToken)
    {
        var ids = tags.Select(t => t.Id).ToList();
        var sorted = await db.Tags.Where(t => ids.Contains(t.Id)).OrderBy(t => t.Name).Select(t => t.Id).ToListAsync(cancellationToken);
        return sorted.Select((id, place) => (id, place)).ToDictionary(t => t.id, t => t.place);
    }

    private async Task<(Dictionary<string, Section> BySlug, int Created)> EnsureSectionsAsync(CancellationToken cancellationToken)
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
        return (existing, created);
    }

    /// <summary>The synthetic newsroom's reporters (the same names every run), grouped by the beat each mostly covers.</summary>
    private async Task<(IReadOnlyList<Person>[] ByBeat, int Created)> EnsureAuthorsAsync(CancellationToken cancellationToken)
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
        var byBeat = beats.Select((_, beat) => (IReadOnlyList<Person>)[.. people.Where((_, i) => i % beats.Length == beat)]).ToArray();
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
        return (tags, created);
    }
}
