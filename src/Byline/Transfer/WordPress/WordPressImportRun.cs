using System.Globalization;
using Byline.Accounts;
using Byline.Comments;
using Byline.Content;
using Byline.Media;
using Byline.Publishing;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.WordPress;

/// <summary>
/// One import: reads the file and turns each author, term and item into Byline's rows, written out of sight through
/// <see cref="WordPressImportStaging"/> (stories as <see cref="ArticleStatus.Importing"/>, each with the status it is to
/// have in <see cref="StagedStories"/>). Stories are saved in batches (the change tracker emptied after each, so memory
/// stays flat); what must be remembered across batches is only ids.
/// </summary>
internal sealed class WordPressImportRun(
    BylineDb db,
    WordPressImportStaging staging,
    ArticleRenderer renderer,
    IMediaStore store,
    ImageRenditions renditions,
    CommenterFingerprints fingerprints,
    TimeProvider clock,
    WordPressImportOptions options,
    Actor actor,
    string fileName,
    List<string> storedFiles)
{
    public const int BatchSize = 500;
    public const string FallbackAuthorSlug = "wordpress-import";
    public const string PagesSectionSlug = "pages";
    public const string UncategorizedSlug = "uncategorized";
    public const int TermSlugMaxLength = 80;

    public const int TermNameMaxLength = 80;

    private readonly WordPressMarkdown _markdown = new();
    private WordPressUploadsFolder? _uploadsFolder;
    private readonly DateTimeOffset _now = clock.GetUtcNow();
    private readonly Dictionary<(string Kind, string ExternalId), int> _imported = [];
    private WordPressComments? _comments;
    private readonly Dictionary<string, int> _sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _authors = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _articleSlugs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personSlugs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _redirectPaths = new(StringComparer.Ordinal);
    private readonly List<(int ArticleId, string AttachmentId, int Line)> _featuredLater = [];
    private readonly List<(Article Story, string AttachmentId, int Line)> _featuredInBatch = [];
    private readonly List<(Article Story, ArticleStatus Status)> _batchStories = [];
    private readonly List<StagedStory> _staged = [];
    private readonly Dictionary<int, Tag> _attachedTags = [];
    private readonly HashSet<string> _otherTypes = new(StringComparer.Ordinal);
    private string _source = "";
    private int? _fallbackAuthor;
    private int _sectionPosition;
    private int _storiesSinceFlush;

    public WordPressImportReport Report { get; } = new() { FileName = fileName, DryRun = options.DryRun };

    /// <summary>The stories written, and the status each is to have when the import completes.</summary>
    public IReadOnlyList<StagedStory> StagedStories => _staged;

    public async Task RunAsync(Stream file, IProgress<WordPressImportProgress>? progress, CancellationToken cancellationToken)
    {
        using var reader = new WxrReader(file);
        var totalKb = (int)Math.Min(int.MaxValue, (reader.Length ?? 0) / 1024);
        var reportedKb = -1;
        progress?.Report(new WordPressImportProgress(0, totalKb));
        while (reader.Read() is { } entry)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_source.Length == 0)
            {
                await StartAsync(reader.Channel!, cancellationToken);
            }
            switch (entry)
            {
                case WxrAuthor author:
                    await AuthorAsync(author, cancellationToken);
                    break;
                case WxrTerm term:
                    await TermAsync(term, cancellationToken);
                    break;
                case WxrItem item:
                    await ItemAsync(item, cancellationToken);
                    break;
                default:
                    break;
            }
            if (_storiesSinceFlush >= BatchSize)
            {
                await FlushAsync(item: entry, cancellationToken);
            }
            var kb = (int)Math.Min(int.MaxValue, reader.BytesRead / 1024);
            if (kb != reportedKb)
            {
                reportedKb = kb;
                progress?.Report(new WordPressImportProgress(Math.Min(kb, totalKb), totalKb));
            }
        }
        await FlushAsync(item: null, cancellationToken);
        await SetLateFeaturedImagesAsync(cancellationToken);
        progress?.Report(new WordPressImportProgress(totalKb, totalKb));
    }

    private async Task StartAsync(WxrChannel channel, CancellationToken cancellationToken)
    {
        Report.WxrVersion = channel.Version;
        Report.SourceSite = channel.BaseSiteUrl;
        var site = channel.BaseSiteUrl.Length == 0 ? "unnamed" : channel.BaseSiteUrl.ToLowerInvariant();
        _source = ("wordpress:" + site)[..Math.Min(ImportedItem.SourceMaxLength, site.Length + 10)];
        await staging.OpenAsync(_source, cancellationToken);
        _uploadsFolder = new WordPressUploadsFolder(db, staging, SaveAsync, store, renditions, options, actor, storedFiles, _now);
        await _uploadsFolder.StartAsync(_source, cancellationToken);

        foreach (var row in await db.ImportedItems.AsNoTracking().Where(i => i.Source == _source)
                     .Select(i => new { i.Kind, i.ExternalId, i.LocalId }).ToListAsync(cancellationToken))
        {
            _imported[(row.Kind, row.ExternalId)] = row.LocalId;
        }
        foreach (var section in await db.Sections.AsNoTracking().Select(s => new { s.Slug, s.Id, s.Position }).ToListAsync(cancellationToken))
        {
            _sections[section.Slug] = section.Id;
            _sectionPosition = Math.Max(_sectionPosition, section.Position);
        }
        foreach (var tag in await db.Tags.AsNoTracking().Select(t => new { t.Slug, t.Id }).ToListAsync(cancellationToken))
        {
            _tags[tag.Slug] = tag.Id;
        }
        _articleSlugs.UnionWith(await db.Articles.AsNoTracking().Select(a => a.Slug).ToListAsync(cancellationToken));
        _personSlugs.UnionWith(await db.People.AsNoTracking().Select(p => p.Slug).ToListAsync(cancellationToken));
        _redirectPaths.UnionWith(await db.ArticleRedirects.AsNoTracking().Select(r => r.Path).ToListAsync(cancellationToken));
        foreach (var ((kind, externalId), localId) in _imported.Where(i => i.Key.Kind == ImportKinds.Author))
        {
            _authors[externalId] = localId;
        }
        _fallbackAuthor = _imported.TryGetValue((ImportKinds.Author, ""), out var fallback) ? fallback : null;
    }

    private async Task AuthorAsync(WxrAuthor author, CancellationToken cancellationToken)
    {
        var count = Report[WordPressImportReport.Authors];
        if (author.Login.Length == 0)
        {
            count.NotImported++;
            Report.Note(author.Line, "author", "(no login)", "an author without <wp:author_login>: not imported");
            return;
        }
        if (_authors.ContainsKey(author.Login))
        {
            count.AlreadyThere++;
            return;
        }
        var name = author.DisplayName.Length > 0 ? author.DisplayName : author.Login;
        var person = new Person { Name = Shorten(name, 100), Slug = UniquePersonSlug(name, author.Login) };
        db.People.Add(person);
        staging.Created(person);
        staging.Remember(ImportKinds.Author, author.Login, person);
        await SaveAsync(cancellationToken);
        _authors[author.Login] = person.Id;
        count.Imported++;
        if (IsPlausibleEmail(author.Email))
        {
            db.AuthorContacts.Add(new AuthorContact { PersonId = person.Id, Email = author.Email.Trim() });
            Report.AuthorsToInvite++;
        }
        else
        {
            Report.Note(author.Line, "author", author.Login, "no usable <wp:author_email>: to invite them, enter their address by hand under Newsroom → People");
        }
    }

    private static bool IsPlausibleEmail(string email)
    {
        var address = email.Trim();
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return address.Length <= AuthorContact.EmailMaxLength && at > 0 && at < address.Length - 1 && !address.Any(char.IsWhiteSpace);
    }

    private async Task TermAsync(WxrTerm term, CancellationToken cancellationToken)
    {
        var kind = term.Kind == WxrTermKind.Category ? ImportKinds.Category : ImportKinds.Tag;
        var count = Report[term.Kind == WxrTermKind.Category ? WordPressImportReport.Categories : WordPressImportReport.Tags];
        var slug = TermSlug(term.Slug, term.Name);
        if (slug.Length == 0)
        {
            count.NotImported++;
            Report.Note(term.Line, kind, $"“{term.Name}”", "no slug or name to make an address from: not imported");
            return;
        }
        if (_imported.ContainsKey((kind, slug)))
        {
            count.AlreadyThere++;
            return;
        }
        var name = _markdown.Text(term.Name.Length > 0 ? term.Name : slug);
        if (term.Kind == WxrTermKind.Category)
        {
            await SectionAsync(slug, name, _markdown.Text(term.Description), term.Line, cancellationToken);
        }
        else
        {
            await TagAsync(slug, name, cancellationToken);
        }
        count.Imported++;
    }

    private async Task<int> SectionAsync(string slug, string name, string description, int line, CancellationToken cancellationToken)
    {
        var wordPressSlug = slug;
        if (ReservedSlugs.Fixed.Contains(slug))
        {
            slug = slug[..Math.Min(slug.Length, TermSlugMaxLength - 8)] + "-section";
            Report.Note(line, ImportKinds.Category, $"“{name}”", $"the address /{wordPressSlug} belongs to the site itself: the section is /{slug}");
        }
        if (!_sections.TryGetValue(slug, out var id))
        {
            var section = new Section { Name = Shorten(name, TermNameMaxLength), Slug = slug, Description = Shorten(description, 500), Position = ++_sectionPosition };
            db.Sections.Add(section);
            staging.Created(section);
            await SaveAsync(cancellationToken);
            id = _sections[slug] = section.Id;
        }
        if (!_imported.ContainsKey((ImportKinds.Category, wordPressSlug)))
        {
            _imported[(ImportKinds.Category, wordPressSlug)] = id;
            db.ImportedItems.Add(staging.Row(ImportKinds.Category, wordPressSlug, id));
        }
        return id;
    }

    private async Task<int> TagAsync(string slug, string name, CancellationToken cancellationToken)
    {
        if (!_tags.TryGetValue(slug, out var id))
        {
            var tag = new Tag { Name = Shorten(name, TermNameMaxLength), Slug = slug };
            db.Tags.Add(tag);
            staging.Created(tag);
            await SaveAsync(cancellationToken);
            id = _tags[slug] = tag.Id;
            // Tracked already: a story of this batch must use this instance, not a second one with the same key.
            _attachedTags[id] = tag;
        }
        if (!_imported.ContainsKey((ImportKinds.Tag, slug)))
        {
            _imported[(ImportKinds.Tag, slug)] = id;
            db.ImportedItems.Add(staging.Row(ImportKinds.Tag, slug, id));
        }
        return id;
    }

    private async Task ItemAsync(WxrItem item, CancellationToken cancellationToken)
    {
        switch (item.PostType)
        {
            case "post" or "page":
                await StoryAsync(item, cancellationToken);
                return;
            case "attachment":
                await AttachmentAsync(item, cancellationToken);
                return;
            default:
                Report[WordPressImportReport.Other].NotImported++;
                if (_otherTypes.Add(item.PostType))
                {
                    Report.Note(item.Line, "item", $"of type “{item.PostType}”", "WordPress's own type (menus, revisions, blocks, plugin data): items of this type are not imported");
                }
                return;
        }
    }

    private async Task StoryAsync(WxrItem item, CancellationToken cancellationToken)
    {
        var isPage = item.PostType == "page";
        var count = Report[isPage ? WordPressImportReport.Pages : WordPressImportReport.Posts];
        var label = $"{item.PostId} “{Shorten(_markdown.Text(item.Title), 60)}”".TrimStart();
        var kindName = isPage ? "page" : "post";
        var (key, keyFrom) = WordPressItemKeys.Of(item);
        if (_imported.TryGetValue((ImportKinds.Post, key), out var existingId))
        {
            count.AlreadyThere++;
            await Comments.ImportAsync(item, existingId, null, label, cancellationToken);
            return;
        }
        if (item.Status is "trash" or "auto-draft" or "inherit")
        {
            count.NotImported++;
            Report.Note(item.Line, kindName, label, item.Status == "trash" ? "in WordPress's trash: not imported" : $"status “{item.Status}”: not imported");
            return;
        }

        if (keyFrom is not null)
        {
            Report.Note(item.Line, kindName, label, $"no <wp:post_id>: imported, and known on later runs by its {keyFrom}");
        }

        var headline = _markdown.Text(item.Title);
        if (headline.Length == 0)
        {
            headline = "(untitled)";
            Report.Note(item.Line, kindName, label, "no title: imported as “(untitled)”");
        }
        else if (headline.Length > Article.HeadlineMaxLength)
        {
            headline = Shorten(headline, Article.HeadlineMaxLength);
            Report.Note(item.Line, kindName, label, $"the title is longer than {Article.HeadlineMaxLength} characters: shortened");
        }

        var notes = new List<string>();
        var markdown = _markdown.Convert(item.Content, notes, await BodyImagesAsync(item, kindName, label, cancellationToken));
        foreach (var note in notes.Distinct())
        {
            Report.Note(item.Line, kindName, label, note);
        }
        var rendered = renderer.Render(markdown);
        var date = DateOf(item, kindName, label);
        var (status, publishedAt) = Status(item, date, kindName, label);

        var article = StoryFactory.Create(new NewStory(headline, UniqueArticleSlug(item, headline, kindName, label), markdown, rendered, ArticleStatus.Importing, publishedAt ?? date ?? _now)
        {
            PublishedAt = publishedAt,
            CreatedById = actor.UserId,
            Version = 1,
        });
        article.Standfirst = Shorten(_markdown.Text(item.Excerpt), Article.StandfirstMaxLength);
        article.SectionId = await PrimarySectionAsync(item, isPage, cancellationToken);
        article.Authors = [new ArticleAuthor { PersonId = await AuthorOfAsync(item, kindName, label, cancellationToken), Position = 0 }];
        foreach (var tagId in await TagsOfAsync(item, cancellationToken))
        {
            article.Tags.Add(AttachedTag(tagId));
        }
        if (item.Meta.TryGetValue("_thumbnail_id", out var thumbnail) && thumbnail.Length > 0)
        {
            if (_imported.TryGetValue((ImportKinds.Attachment, thumbnail), out var mediaId) && mediaId != WordPressUploadsFolder.DryRunMediaId)
            {
                article.FeaturedImageId = mediaId;
            }
        }
        db.Articles.Add(article);
        foreach (var path in WordPressPostParts.OldPaths(item, isPage).Distinct())
        {
            if (_redirectPaths.Add(path))
            {
                db.ArticleRedirects.Add(new ArticleRedirect { Path = path, Article = article, CreatedAt = _now });
                Report[WordPressImportReport.Redirects].Imported++;
            }
            else
            {
                Report[WordPressImportReport.Redirects].AlreadyThere++;
            }
        }
        staging.Remember(ImportKinds.Post, key, article);
        _batchStories.Add((article, status));
        _storiesSinceFlush++;
        count.Imported++;
        await Comments.ImportAsync(item, null, article, label, cancellationToken);
        if (article.FeaturedImageId is null && !_imported.ContainsKey((ImportKinds.Attachment, thumbnail ?? "")) && item.Meta.TryGetValue("_thumbnail_id", out var later) && later.Length > 0)
        {
            // The attachment may come later in the file; the story's id is known once its batch is saved.
            _featuredInBatch.Add((article, later, item.Line));
        }
    }

    private (ArticleStatus Status, DateTimeOffset? PublishedAt) Status(WxrItem item, DateTimeOffset? date, string kind, string label)
    {
        if (item.Password.Length > 0)
        {
            Report.Note(item.Line, kind, label, "password-protected in WordPress: kept unpublished, as a draft");
            return (ArticleStatus.Draft, null);
        }
        switch (item.Status)
        {
            case "publish":
                return (ArticleStatus.Published, date ?? _now);
            case "future":
                return (ArticleStatus.Scheduled, date ?? _now);
            case "pending":
                return (ArticleStatus.InReview, null);
            case "draft":
                return (ArticleStatus.Draft, null);
            case "private":
                Report.Note(item.Line, kind, label, "private in WordPress: kept unpublished, as a draft");
                return (ArticleStatus.Draft, null);
            default:
                Report.Note(item.Line, kind, label, $"unknown status “{item.Status}”: imported as a draft");
                return (ArticleStatus.Draft, null);
        }
    }

    /// <summary>The post's date in UTC: the GMT date, else the RSS pubDate, else the local date taken as UTC.</summary>
    private DateTimeOffset? DateOf(WxrItem item, string kind, string label)
    {
        foreach (var (field, value) in new[] { ("wp:post_date_gmt", item.PostDateGmt), ("pubDate", item.PubDate), ("wp:post_date", item.PostDate) })
        {
            if (WxrDates.IsUnset(value))
            {
                continue;
            }
            if (WxrDates.Parse(value) is { } date)
            {
                return date;
            }
            Report.Note(item.Line, kind, label, $"the date “{Shorten(value, 40)}” in <{field}> is not a date Byline understands");
        }
        return null;
    }

    private string UniqueArticleSlug(WxrItem item, string headline, string kind, string label)
    {
        var wanted = WordPressSlugs.From(item.Slug);
        if (wanted.Length == 0)
        {
            wanted = WordPressSlugs.From(headline);
        }
        if (wanted.Length == 0)
        {
            wanted = Slugs.From($"{kind}-{item.PostId}");
        }
        var slug = Unique(wanted, _articleSlugs, Article.SlugMaxLength);
        if (slug != wanted)
        {
            Report.Note(item.Line, kind, label, $"the slug “{wanted}” is already taken: the story's slug is “{slug}”");
        }
        return slug;
    }

    private string UniquePersonSlug(string name, string login)
    {
        var wanted = Slugs.From(name);
        return Unique(wanted.Length > 0 ? wanted : Slugs.From(login) is { Length: > 0 } fromLogin ? fromLogin : "author", _personSlugs, Slugs.MaxLength);
    }

    private static string Unique(string wanted, HashSet<string> taken, int maxLength)
    {
        var slug = wanted;
        for (var n = 2; !taken.Add(slug); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"-{n}");
            slug = wanted[..Math.Min(wanted.Length, maxLength - suffix.Length)].TrimEnd('-') + suffix;
        }
        return slug;
    }

    private async Task<int> PrimarySectionAsync(WxrItem item, bool isPage, CancellationToken cancellationToken)
    {
        if (isPage)
        {
            return await SectionAsync(PagesSectionSlug, "Pages", "Pages imported from WordPress.", item.Line, cancellationToken);
        }
        var first = item.Terms.FirstOrDefault(t => t.Kind == WxrTermKind.Category);
        if (first is null)
        {
            return await SectionAsync(UncategorizedSlug, "Uncategorized", "", item.Line, cancellationToken);
        }
        var slug = TermSlug(first.Slug, first.Name);
        if (_imported.TryGetValue((ImportKinds.Category, slug), out var known))
        {
            return known;
        }
        Report[WordPressImportReport.Categories].Imported++;
        return await SectionAsync(slug.Length > 0 ? slug : UncategorizedSlug, _markdown.Text(first.Name), "", item.Line, cancellationToken);
    }

    /// <summary>Tags, and the categories after the first (a story lives in one section; the others become tags).</summary>
    private async Task<List<int>> TagsOfAsync(WxrItem item, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        var firstCategory = true;
        foreach (var term in item.Terms)
        {
            if (term.Kind == WxrTermKind.Category && firstCategory)
            {
                firstCategory = false;
                continue;
            }
            var slug = TermSlug(term.Slug, term.Name);
            if (slug.Length == 0)
            {
                continue;
            }
            if (term.Kind == WxrTermKind.Tag && !_imported.ContainsKey((ImportKinds.Tag, slug)))
            {
                Report[WordPressImportReport.Tags].Imported++;
            }
            var id = await TagAsync(slug, _markdown.Text(term.Name.Length > 0 ? term.Name : slug), cancellationToken);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }
        return ids;
    }

    private async Task<int> AuthorOfAsync(WxrItem item, string kind, string label, CancellationToken cancellationToken)
    {
        if (_authors.TryGetValue(item.Creator, out var id))
        {
            return id;
        }
        Report.Note(item.Line, kind, label, item.Creator.Length == 0
            ? "no author (<dc:creator>): credited to “WordPress import”"
            : $"the author “{item.Creator}” is not among the export's authors: credited to “WordPress import”");
        if (_fallbackAuthor is { } fallback)
        {
            return fallback;
        }
        var person = new Person { Name = "WordPress import", Slug = Unique(FallbackAuthorSlug, _personSlugs, Slugs.MaxLength), Bio = "Stories imported from WordPress whose author was not known." };
        db.People.Add(person);
        staging.Created(person);
        staging.Remember(ImportKinds.Author, "", person);
        await SaveAsync(cancellationToken);
        _fallbackAuthor = person.Id;
        return person.Id;
    }

    private async Task AttachmentAsync(WxrItem item, CancellationToken cancellationToken)
    {
        var count = Report[WordPressImportReport.Attachments];
        var label = $"{item.PostId} “{Shorten(item.Title, 60)}”".TrimStart();
        var (key, _) = WordPressItemKeys.Of(item);
        if (_imported.ContainsKey((ImportKinds.Attachment, key)))
        {
            count.AlreadyThere++;
            return;
        }
        if (!Uploads.Given)
        {
            count.NotImported++;
            Report.Note(item.Line, "attachment", label, $"the file {item.AttachmentUrl} was not imported: give the old site's wp-content/uploads folder with --uploads");
            return;
        }
        var relative = item.Meta.TryGetValue("_wp_attached_file", out var attached) && attached.Length > 0
            ? attached
            : WordPressUploadsFolder.RelativePath(item.AttachmentUrl);
        if (relative is null)
        {
            count.NotImported++;
            Report.Note(item.Line, "attachment", label, $"“{item.AttachmentUrl}” is not in a wp-content/uploads folder");
            return;
        }
        var alt = item.Meta.TryGetValue("_wp_attachment_image_alt", out var altText) && altText.Length > 0 ? altText : _markdown.Text(item.Title);
        var (image, problem) = await Uploads.ImportAsync(relative,
            new ImageDescription(alt, _markdown.Text(item.Excerpt), WxrDates.Parse(item.PostDateGmt)), cancellationToken);
        if (image is null)
        {
            count.NotImported++;
            Report.Note(item.Line, "attachment", label, problem!);
            return;
        }
        _imported[(ImportKinds.Attachment, key)] = image.MediaId;
        if (image.MediaId != WordPressUploadsFolder.DryRunMediaId)
        {
            db.ImportedItems.Add(staging.Row(ImportKinds.Attachment, key, image.MediaId));
        }
        count.Imported++;
    }

    /// <summary>
    /// The images of a post that live in the old site's uploads folder, made into media items, with the address each
    /// old address now has. Without the folder they keep pointing at the old site, and the report says so.
    /// </summary>
    private async Task<Dictionary<string, string>> BodyImagesAsync(WxrItem item, string kindName, string label, CancellationToken cancellationToken)
    {
        var local = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = Report[WordPressImportReport.BodyImages];
        var missing = 0;
        foreach (var (address, alt) in WordPressPostParts.BodyImages(item.Content))
        {
            if (local.ContainsKey(address) || WordPressUploadsFolder.RelativePath(address) is not { } relative)
            {
                continue;
            }
            if (!Uploads.Given)
            {
                missing++;
                continue;
            }
            var (image, problem) = await Uploads.ImportAsync(Uploads.PreferredFile(relative),
                new ImageDescription(alt.Length > 0 ? alt : _markdown.Text(item.Title), "", WxrDates.Parse(item.PostDateGmt)), cancellationToken);
            if (image is null)
            {
                count.NotImported++;
                Report.Note(item.Line, kindName, label, $"its image {address} still points at the old site: {problem}");
                continue;
            }
            count.Imported++;
            if (image.Address is { } localAddress)
            {
                local[address] = localAddress;
            }
        }
        if (missing > 0)
        {
            count.NotImported += missing;
            Report.Note(item.Line, kindName, label, string.Create(CultureInfo.InvariantCulture,
                $"{missing} of its images still point at the old site: give the old site's wp-content/uploads folder with --uploads"));
        }
        return local;
    }

    private async Task SetLateFeaturedImagesAsync(CancellationToken cancellationToken)
    {
        foreach (var (articleId, attachmentId, line) in _featuredLater)
        {
            if (_imported.TryGetValue((ImportKinds.Attachment, attachmentId), out var mediaId))
            {
                if (mediaId == WordPressUploadsFolder.DryRunMediaId)
                {
                    continue;
                }
                await db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.FeaturedImageId, mediaId), cancellationToken);
            }
            else
            {
                Report.Note(line, "post", articleId.ToString(CultureInfo.InvariantCulture), $"its featured image (attachment {attachmentId}) was not imported");
            }
        }
    }

    /// <summary>Saves the batch with what each new row came from, and empties the change tracker.</summary>
    private async Task FlushAsync(object? item, CancellationToken cancellationToken)
    {
        try
        {
            await SaveAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            var line = item switch
            {
                WxrItem i => i.Line,
                WxrAuthor a => a.Line,
                WxrTerm t => t.Line,
                _ => 0,
            };
            throw new WordPressImportException(
                $"the items read up to line {line} could not be saved: {e.InnerException?.Message ?? e.Message}. Nothing was imported.", e);
        }
        _storiesSinceFlush = 0;
        _attachedTags.Clear();
        db.ChangeTracker.Clear();
    }

    /// <summary>Saves everything pending (see <see cref="WordPressImportStaging.SaveAsync"/>) and notes the ids it got.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        foreach (var (kind, externalId, id) in await staging.SaveAsync(cancellationToken))
        {
            _imported[(kind, externalId)] = id;
        }
        foreach (var (story, status) in _batchStories)
        {
            _staged.Add(new StagedStory(story.Id, status));
        }
        _batchStories.Clear();
        foreach (var (story, attachmentId, line) in _featuredInBatch)
        {
            _featuredLater.Add((story.Id, attachmentId, line));
        }
        _featuredInBatch.Clear();
    }

    /// <summary>In the import's last transaction: the comments on stories readers already see, then the rows become the site's.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        Comments.AddOnPublicStories();
        await SaveAsync(cancellationToken);
        await staging.CompleteAsync(cancellationToken);
    }

    private WordPressComments Comments => _comments ??= new WordPressComments(db, staging, Report, _markdown, fingerprints, _imported, _now);

    /// <summary>Made when the export names its site (before its first item): image files belong to that site.</summary>
    private WordPressUploadsFolder Uploads => _uploadsFolder ?? throw new InvalidOperationException("The uploads folder is opened with the export's channel.");

    private Tag AttachedTag(int id)
    {
        if (!_attachedTags.TryGetValue(id, out var tag))
        {
            tag = new Tag { Id = id, Name = "", Slug = "" };
            db.Tags.Attach(tag);
            _attachedTags[id] = tag;
        }
        return tag;
    }

    /// <summary>Sections and tags have addresses of at most <see cref="TermSlugMaxLength"/> characters.</summary>
    private static string TermSlug(string slug, string name)
    {
        var made = WordPressSlugs.From(slug.Length > 0 ? slug : name);
        if (made.Length == 0 && slug.Length > 0)
        {
            made = WordPressSlugs.From(name);
        }
        return made.Length <= TermSlugMaxLength ? made : made[..TermSlugMaxLength].TrimEnd('-');
    }

    internal static string Shorten(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd();
}
