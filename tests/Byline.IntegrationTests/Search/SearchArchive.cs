using Byline.Content;
using Byline.Search;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Search;

/// <summary>
/// A fixed archive for the search tests, written next to the sample site: each story uses invented words (Brindlewick,
/// Kestrelbay, zanderfish …) so that only the stories of a test can match its query. Written to the database directly
/// and indexed through the application's own <see cref="IArticleSearch"/>, as a publish would.
/// </summary>
internal static class SearchArchive
{
    public const int PagedStories = 25;

    /// <summary>One story of the archive; <see cref="DaysAgo"/> or <see cref="On"/> sets its publication time.</summary>
    public sealed record Story(string Slug, string Headline, string Body, string Section, string Author, string[] Tags)
    {
        public double DaysAgo { get; init; } = 30;
        public DateTimeOffset? On { get; init; }
        public string Standfirst { get; init; } = "";
    }

    public static readonly Story[] Stories =
    [
        // Accents both ways.
        new("rodriguez-with-accent", "Marisol Rodríguez opens the Brindlewick ferry terminal", "The Brindlewick terminal took four years to build.", "city", "mara-okonkwo", ["Brindlewick"]) { DaysAgo = 10 },
        new("rodriguez-without-accent", "Pablo Rodriguez retires from the Brindlewick lifeboat", "Forty years of rescues on the Brindlewick crossing.", "business", "tomasz-brennan", ["Lifeboats"]) { DaysAgo = 20 },
        // Prefixes.
        new("venezuelan-cocoa", "Venezuelan cocoa lands at Quellport", "The first shipment from Venezuela reached Quellport on Tuesday.", "business", "ilse-varga", ["Quellport"]) { DaysAgo = 12 },
        new("quellport-vendors", "Quellport vendors ask for a covered market", "Stallholders want a roof before the winter.", "business", "ilse-varga", ["Quellport"]) { DaysAgo = 13 },
        // Phrases.
        new("lantern-phrase", "Mirewater prepares for the night of lights", "The glass lantern festival returns to Mirewater on Saturday.", "culture", "devika-rao", []) { DaysAgo = 5 },
        new("lantern-scattered", "Mirewater glassblowers busy before the season", "Every lantern is blown by hand; the festival buys glass from three studios.", "culture", "devika-rao", []) { DaysAgo = 6 },
        // Excluded words.
        new("zanderfish-budget", "Zanderfish quota cut in the new budget", "Anglers on the estuary lose a third of their zanderfish quota.", "environment", "devika-rao", []) { DaysAgo = 7 },
        new("zanderfish-harvest", "A record zanderfish harvest", "Boats landed more zanderfish than in any autumn since records began.", "environment", "devika-rao", []) { DaysAgo = 8 },
        // Ranking: a headline match published long ago above a body-only match published yesterday.
        new("kestrelbay-headline", "Kestrelbay lighthouse keeper retires", "The keeper climbed the tower every night for thirty years.", "city", "mara-okonkwo", []) { DaysAgo = 100 },
        new("kestrelbay-body", "A lighthouse keeper's last night on the tower", "Thirty years after his first shift he locked the door of the Kestrelbay tower for good.", "city", "mara-okonkwo", []) { DaysAgo = 1 },
        // Ranking: equal relevance, the newer story first.
        new("orbitwheel-older", "Orbitwheel repairs begin at the fairground", "Engineers start work on the orbitwheel on Monday.", "city", "mara-okonkwo", []) { DaysAgo = 400 },
        new("orbitwheel-newer", "Orbitwheel repairs begin at the fairground", "Engineers start work on the orbitwheel on Monday.", "city", "mara-okonkwo", []) { DaysAgo = 2 },
        // Filters: section, author, tag and dates.
        new("tamsin-quarry-2020", "Tamsin quarry reopens", "Stone from Tamsin quarry goes to the harbour wall.", "city", "mara-okonkwo", ["Quarry watch"]) { On = new DateTimeOffset(2020, 3, 15, 12, 0, 0, TimeSpan.Zero) },
        new("tamsin-quarry-2022", "Tamsin quarry climbers win their case", "Climbers may use the old Tamsin quarry face at weekends.", "sport", "devika-rao", ["Climbing"]) { On = new DateTimeOffset(2022, 6, 1, 12, 0, 0, TimeSpan.Zero) },
        new("tamsin-quarry-2024", "Tamsin quarry closes for good", "The last lorry left Tamsin quarry on Friday.", "city", "ilse-varga", ["Quarry watch"]) { On = new DateTimeOffset(2024, 1, 10, 12, 0, 0, TimeSpan.Zero) },
        // Fields besides the headline and body: the standfirst.
        new("standfirst-only", "Ferry fares rise in spring", "Tickets cost more from April.", "city", "mara-okonkwo", []) { DaysAgo = 3, Standfirst = "The Gorsemere crossing becomes the dearest in the region." },
        // Pages of results.
        .. Enumerable.Range(1, PagedStories).Select(i =>
            new Story($"pagewort-{i}", $"Pagewort survey, part {i}", "Volunteers counted pagewort along the towpath.", "environment", "devika-rao", []) { DaysAgo = 40 + i }),
    ];

    /// <summary>Writes every story of the archive, published, and indexes them; returns their ids by slug.</summary>
    public static Task<IReadOnlyDictionary<string, int>> WriteAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        WriteAsync(services, Stories, cancellationToken);

    /// <summary>Writes <paramref name="stories"/>, published, and indexes them; returns their ids by slug.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> WriteAsync(IServiceProvider services, IEnumerable<Story> stories, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var sections = await db.Sections.ToDictionaryAsync(s => s.Slug, s => s.Id, cancellationToken);
        var people = await db.People.ToDictionaryAsync(p => p.Slug, p => p.Id, cancellationToken);
        var tags = await db.Tags.ToDictionaryAsync(t => t.Slug, cancellationToken);
        var now = clock.GetUtcNow();
        var articles = new List<Article>();
        foreach (var story in stories)
        {
            var at = story.On ?? now.AddDays(-story.DaysAgo);
            articles.Add(new Article
            {
                Headline = story.Headline,
                Slug = story.Slug,
                Standfirst = story.Standfirst,
                BodyMarkdown = story.Body,
                BodyHtml = $"<p>{System.Net.WebUtility.HtmlEncode(story.Body)}</p>",
                WordCount = story.Body.Split(' ').Length,
                ReadingMinutes = 1,
                SectionId = sections[story.Section],
                Authors = [new ArticleAuthor { PersonId = people[story.Author] }],
                Tags = [.. story.Tags.Select(name => tags.TryGetValue(Slugs.From(name), out var tag) ? tag : tags[Slugs.From(name)] = new Tag { Name = name, Slug = Slugs.From(name) })],
                Status = ArticleStatus.Published,
                CreatedAt = at.AddHours(-1),
                PublishedAt = at,
                Version = 1,
            });
        }
        db.AllArticles.AddRange(articles);
        await db.SaveChangesAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<IArticleSearch>().IndexAsync([.. articles.Select(a => a.Id)], cancellationToken);
        return articles.ToDictionary(a => a.Slug, a => a.Id);
    }
}
