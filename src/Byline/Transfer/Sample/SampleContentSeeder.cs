using System.Reflection;
using Byline.Comments;
using Byline.Content;
using Byline.Media;
using Byline.Publishing;
using Byline.Search;
using Byline.Storage;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Byline.Transfer.Sample;

/// <summary>
/// Seeds the fictional Larkhaven newsroom (sections, people, stories with comments) into an empty database,
/// so a first start shows a living site, with its pictures (<see cref="SamplePictures"/>). Every story ends with a note saying it is sample content.
/// </summary>
public sealed class SampleContentSeeder(BylineDb db, StoryBodyRenderer renderer, CommenterFingerprints fingerprints, IArticleSearch search, RelatedStories related, TimeProvider clock)
{
    internal const string SampleNote =
        "*This is sample content that ships with Byline. Larkhaven, its people and its events are fictional.*";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var site = Yaml.Deserialize<SampleSiteFile>(ReadResource("site.yml"));
        var sections = site.Sections.Select((s, index) => new Section
        {
            Name = s.Name, Slug = s.Slug, Description = s.Description, Position = index,
        }).ToDictionary(s => s.Slug);
        var people = site.People.Select(p => new Person
        {
            Name = p.Name, Slug = p.Slug, JobTitle = p.Title, Bio = p.Bio, Expertise = p.Expertise, Links = string.Join('\n', p.Links),
        }).ToDictionary(p => p.Slug);
        var pages = new List<StaticPage>();
        foreach (var page in site.Pages)
        {
            var markdown = page.Body.TrimEnd() + "\n\n" + SampleNote + "\n";
            pages.Add(new StaticPage
            {
                Title = page.Title, Slug = page.Slug, Kind = page.Kind, Description = page.Description, BodyMarkdown = markdown,
                BodyHtml = (await renderer.RenderAsync(markdown, cancellationToken)).Html, Published = true,
                CreatedAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow(),
            });
        }
        var tags = new Dictionary<string, Tag>();
        var now = clock.GetUtcNow();
        var pictures = SamplePictures.NewItems(now);

        var articles = new List<Article>();
        foreach (var name in StoryResources())
        {
            articles.Add(await ReadStoryAsync(name, sections, people, tags, pictures, now, cancellationToken));
        }
        foreach (var comment in articles.SelectMany(a => a.Comments))
        {
            comment.AvatarSeed = await fingerprints.AvatarSeedAsync(comment.AuthorEmail, cancellationToken);
        }
        // The stories and their search entries arrive together, or not at all.
        return await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Sections.AddRange(sections.Values);
            db.People.AddRange(people.Values);
            db.MediaItems.AddRange(pictures.Values);
            db.AllArticles.AddRange(articles);
            db.StaticPages.AddRange(pages);
            await db.SaveChangesAsync(cancellationToken);
            db.MenuItems.AddRange(FooterMenu(site.FooterMenu, pages));
            await db.SaveChangesAsync(cancellationToken);
            await search.IndexAsync(articles.Select(a => a.Id).ToList(), cancellationToken);
            // The end of every sample story leads on, as a story published in the newsroom does.
            await related.RefreshManyAsync(articles.Select(a => a.Id).ToList(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return articles.Count;
        }, cancellationToken);
    }

    private async Task<Article> ReadStoryAsync(
        string resourceName,
        Dictionary<string, Section> sections,
        Dictionary<string, Person> people,
        Dictionary<string, Tag> tags,
        Dictionary<string, MediaItem> pictures,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var (frontMatter, body) = SplitFrontMatter(ReadResource(resourceName), resourceName);
        var meta = Yaml.Deserialize<SampleArticleFrontMatter>(frontMatter);
        // The note is part of the stored Markdown, so the HTML is what the Markdown renders to: an edit or an export keeps it.
        var markdown = body.TrimEnd() + "\n\n" + SampleNote + "\n";
        // The body's figures are sample pictures, saved with the stories.
        var rendered = await renderer.RenderAsync(markdown, pictures.Values, cancellationToken);
        var publishedAt = now - TimeSpan.FromHours(meta.PublishedHoursAgo);

        var article = StoryFactory.Create(new NewStory(meta.Headline, meta.Slug, markdown, rendered, ArticleStatus.Published, publishedAt - TimeSpan.FromHours(2))
        {
            PublishedAt = publishedAt,
            UpdatedAt = meta.UpdatedHoursAgo is { } hours ? now - TimeSpan.FromHours(hours) : null,
        });
        article.Standfirst = meta.Standfirst;
        article.Kind = meta.Type is null ? StoryKind.News
            : StoryKinds.TryParse(meta.Type, out var kind) ? kind
            : throw new InvalidDataException($"{resourceName}: unknown type '{meta.Type}' (one of {StoryKinds.AllNames})");
        article.Section = sections.TryGetValue(meta.Section, out var section)
            ? section
            : throw new InvalidDataException($"{resourceName}: unknown section '{meta.Section}'");
        article.Authors = meta.Authors.Select((slug, index) => new ArticleAuthor
        {
            Person = people.TryGetValue(slug, out var person)
                ? person
                : throw new InvalidDataException($"{resourceName}: unknown author '{slug}'"),
            Position = index,
        }).ToList();
        article.FeaturedImage = pictures.TryGetValue(meta.FeaturedImage, out var picture)
            ? picture
            : throw new InvalidDataException($"{resourceName}: unknown featured image '{meta.FeaturedImage}'");
        article.Tags = meta.Tags.Select(name => TagNamed(name, tags)).ToList();
        article.Comments = meta.Comments.Select(c => new Comment
        {
            AuthorName = c.Name,
            AuthorEmail = c.Email,
            AuthorWebsite = c.Website,
            Body = c.Body.Trim(),
            Status = CommentStatus.Approved,
            CreatedAt = publishedAt + TimeSpan.FromHours(c.HoursAfterPublication),
        }).ToList();
        return article;
    }

    private static Tag TagNamed(string name, Dictionary<string, Tag> tags)
    {
        var slug = Slugs.From(name);
        if (!tags.TryGetValue(slug, out var tag))
        {
            tag = new Tag { Name = name, Slug = slug };
            tags.Add(slug, tag);
        }
        return tag;
    }

    private static (string FrontMatter, string Body) SplitFrontMatter(string text, string resourceName)
    {
        var document = FrontMatterDocument.Split(text.ReplaceLineEndings("\n"))
            ?? throw new InvalidDataException($"{resourceName}: the file must start with YAML front matter between '---' lines");
        return (document.Yaml, document.Body.Trim('\n') + "\n");
    }

    /// <summary>The sample footer: a path that is a sample page's address links the page, any other is a labelled path.</summary>
    private static IEnumerable<MenuItem> FooterMenu(List<string> lines, List<StaticPage> pages) =>
        lines.Select((line, position) =>
        {
            var bar = line.LastIndexOf('|');
            var label = bar < 0 ? "" : line[..bar].Trim();
            var path = (bar < 0 ? line : line[(bar + 1)..]).Trim();
            var page = pages.Find(p => "/" + p.Slug == path);
            return new MenuItem
            {
                Menu = SiteMenu.Footer, Position = position, Label = label, StaticPageId = page?.Id, Path = page is null ? path : "",
            };
        });

    private static IEnumerable<string> StoryResources() =>
        typeof(SampleContentSeeder).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private const string ResourcePrefix = "Byline.Transfer.Sample.";

    private static string ReadResource(string name)
    {
        var fullName = name.StartsWith(ResourcePrefix, StringComparison.Ordinal) ? name : ResourcePrefix + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(fullName)
            ?? throw new InvalidDataException($"The sample content resource {fullName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
