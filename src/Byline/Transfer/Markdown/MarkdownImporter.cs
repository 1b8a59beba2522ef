using System.Text;
using Byline.Content;
using Byline.Media;
using Byline.Publishing;
using Byline.Search;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.Markdown;

/// <summary>
/// <c>Byline import markdown DIR</c>: reads every <c>DIR/*.md</c> story file (the shape <see cref="MarkdownExporter"/>
/// writes) and adds the stories in one transaction, all or nothing. Every file is read and checked, and every image
/// found, before anything is written. A story whose slug the site already has is skipped (slugs are unique site-wide),
/// so importing a folder twice adds nothing the second time. Sections, people and tags are matched by slug and created
/// when missing; images go through the media library (variants made) and keep their storage key when the file gives
/// one, so the body's <c>/media/</c> addresses keep working.
/// </summary>
public sealed class MarkdownImporter(
    BylineDb db,
    StoryBodyRenderer renderer,
    IArticleSearch search,
    MediaLibrary library,
    ImageRenditions renditions,
    ReservedSlugs reserved,
    RelatedStories related,
    ArticlePublisher publisher)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<MarkdownImportResult> ImportAsync(string folder, IProgress<MarkdownProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new MarkdownInputException(File.Exists(root) ? $"{folder} is a file, not a folder of story files." : $"{folder} does not exist.");
        }

        var stories = await ReadAllAsync(root, cancellationToken);
        var existing = await ExistingSlugsAsync(stories.Select(s => s.Slug).ToList(), cancellationToken);
        var added = stories.Where(s => !existing.Contains(s.Slug)).ToList();
        await CheckNewSectionsAsync(added, cancellationToken);
        var images = new ImportedImages(root);
        try
        {
            // The images are the slow part: the bar moves as each story's are made, and ends when the transaction commits.
            for (var i = 0; i < added.Count; i++)
            {
                progress?.Report(new MarkdownProgress(i, added.Count));
                await PrepareImagesAsync(root, added[i], images, cancellationToken);
            }
            var bodies = new Dictionary<string, RenderedBody>(StringComparer.Ordinal);
            foreach (var story in added)
            {
                bodies.Add(story.Slug, await renderer.RenderAsync(story.Body, images.NewItems, cancellationToken));
            }
            await db.InRetryableUnitAsync(() => SaveAsync(added, bodies, images, progress, cancellationToken), cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            await library.RemoveFilesAsync(images.StoredFiles);
            throw;
        }
        if (added.Count > 0)
        {
            await publisher.EvictImportedAsync(cancellationToken);
        }
        return new MarkdownImportResult(added.Count, stories.Count - added.Count, images.NewItems.Count);
    }

    private static async Task<List<MarkdownStory>> ReadAllAsync(string root, CancellationToken cancellationToken)
    {
        var stories = new List<MarkdownStory>();
        var bySlug = new Dictionary<string, MarkdownStory>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            string text;
            try
            {
                text = await File.ReadAllTextAsync(path, StrictUtf8, cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                throw new MarkdownInputException(name, 0, "text", "the file is not valid UTF-8: save it as UTF-8 and try again");
            }
            var story = MarkdownStoryReader.Read(text, name);
            if (bySlug.TryGetValue(story.Slug, out var first))
            {
                throw story.Problem("slug", $"'{story.Slug}' is also the slug of {first.File}: every story needs its own", "slug");
            }
            bySlug.Add(story.Slug, story);
            for (var i = 0; i < story.Meta.Images.Count; i++)
            {
                if (!File.Exists(ImagePath(root, story.Meta.Images[i])))
                {
                    throw story.Problem($"images[{i}].file", $"'{story.Meta.Images[i].File}' is missing: put the image file beside the story file", "images", i, "file");
                }
            }
            stories.Add(story);
        }
        return stories;
    }

    private static string ImagePath(string root, StoryImage image) => Path.GetFullPath(Path.Combine(root, image.File!));

    private async Task<HashSet<string>> ExistingSlugsAsync(List<string> slugs, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in slugs.Chunk(500))
        {
            existing.UnionWith(await db.AllArticles.AsNoTracking().Where(a => chunk.Contains(a.Slug)).Select(a => a.Slug).ToListAsync(cancellationToken));
        }
        return existing;
    }

    /// <summary>A section lives at <c>/{slug}</c>: a new one may not take the address of one of the site's own pages.</summary>
    private async Task CheckNewSectionsAsync(List<MarkdownStory> stories, CancellationToken cancellationToken)
    {
        var slugs = stories.Select(s => s.Meta.Section!.Slug!).Distinct().ToList();
        var known = await db.Sections.AsNoTracking().Where(s => slugs.Contains(s.Slug)).Select(s => s.Slug).ToListAsync(cancellationToken);
        if (stories.FirstOrDefault(s => !known.Contains(s.Meta.Section!.Slug!) && reserved.IsReserved(s.Meta.Section!.Slug!)) is { } story)
        {
            throw story.Problem("section.slug", $"'{story.Meta.Section!.Slug}' is the address of one of the site's own pages: choose another section slug", "section", "slug");
        }
    }

    /// <summary>
    /// Renders and stores the variants of each image of <paramref name="story"/> that is new to the site. An image the
    /// library already holds under the same key (another story of the folder, or an earlier import) is used as it is.
    /// </summary>
    private async Task PrepareImagesAsync(string root, MarkdownStory story, ImportedImages images, CancellationToken cancellationToken)
    {
        for (var i = 0; i < story.Meta.Images.Count; i++)
        {
            var entry = story.Meta.Images[i];
            var path = ImagePath(root, entry);
            if (images.Contains(entry))
            {
                continue;
            }
            if (entry.Key is { } key && await db.MediaItems.AsNoTracking().AnyAsync(m => m.StorageKey == key, cancellationToken))
            {
                images.UseExisting(key);
                continue;
            }

            var field = $"images[{i}].file";
            if (new FileInfo(path).Length > MediaLibrary.MaxUploadBytes)
            {
                throw story.Problem(field, MediaLibrary.TooLargeMessage, "images", i, "file");
            }
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var rendered = await renditions.RenderAsync(bytes, cancellationToken);
            if (rendered.Image is not { } image)
            {
                throw story.Problem(field, $"'{entry.File}': {rendered.Problem}", "images", i, "file");
            }
            var item = library.NewItem(entry.Key ?? MediaFileNames.NewStorageKey(), image, bytes.Length,
                entry.OriginalName ?? Path.GetFileName(path), new MediaDetails(entry.AltText, entry.Caption, entry.Credit));
            if (entry.Width is { } width && entry.Height is { } height)
            {
                item.Width = width;
                item.Height = height;
            }
            images.StoredFiles.AddRange(await library.StoreVariantsAsync(item.StorageKey, image, cancellationToken));
            images.Add(entry, item);
        }
    }

    private async Task<int> SaveAsync(
        List<MarkdownStory> stories,
        Dictionary<string, RenderedBody> bodies,
        ImportedImages images,
        IProgress<MarkdownProgress>? progress,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var item in images.NewItems)
        {
            item.Id = 0;
        }
        db.MediaItems.AddRange(images.NewItems);
        await db.SaveChangesAsync(cancellationToken);
        var mediaIds = await images.IdsAsync(db, cancellationToken);
        var taxonomy = await ImportTaxonomy.LoadAsync(db, stories, cancellationToken);

        var articles = new List<Article>(stories.Count);
        foreach (var story in stories)
        {
            articles.Add(ToArticle(story, bodies[story.Slug], taxonomy, entry => mediaIds[images.IdentityOf(entry)]));
        }
        db.AllArticles.AddRange(articles);
        await db.SaveChangesAsync(cancellationToken);
        var live = articles.Where(a => a.Status == ArticleStatus.Published).Select(a => a.Id).ToList();
        await search.IndexAsync(live, cancellationToken);
        await related.RefreshManyAsync(live, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(new MarkdownProgress(stories.Count, stories.Count));
        return articles.Count;
    }

    private static Article ToArticle(MarkdownStory story, RenderedBody body, ImportTaxonomy taxonomy, Func<StoryImage, int> mediaId)
    {
        var meta = story.Meta;
        var featured = meta.Images.FirstOrDefault(i => i.File == meta.FeaturedImage);
        var article = StoryFactory.Create(new NewStory(meta.Headline!, meta.Slug!, story.Body, body, story.Status, story.CreatedAt)
        {
            PublishedAt = story.PublishedAt,
            UpdatedAt = story.UpdatedAt,
        });
        article.Standfirst = meta.Standfirst ?? "";
        article.Section = taxonomy.Section(meta.Section!);
        article.Authors = meta.Authors.Select((a, index) => new ArticleAuthor { Person = taxonomy.Person(a), Position = index }).ToList();
        article.Tags = meta.Tags.Select(taxonomy.Tag).ToList();
        article.CommentsOpen = meta.CommentsOpen;
        // The reader refused every type it does not know; no type at all is News.
        article.Kind = StoryKinds.TryParse(meta.Type, out var kind) ? kind : StoryKind.News;
        article.SeoTitle = meta.SeoTitle;
        article.SeoDescription = meta.SeoDescription;
        article.FeaturedImageId = featured is null ? null : mediaId(featured);
        article.Corrections = story.Corrections.Select(c => new Correction { Text = c.Text, CreatedAt = c.Date }).ToList();
        return article;
    }
}
