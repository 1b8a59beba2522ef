using Byline.Accounts;
using Byline.Content;
using Byline.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.WordPress;

/// <summary>
/// Posts and pages as stories, written as <see cref="ArticleStatus.Importing"/>, each with the status it is to have once
/// the import completes; with their author, section, tags, body images, featured image, old addresses and comments.
/// What must be remembered across batches is only ids.
/// </summary>
internal sealed class WordPressStories(
    WordPressImportState state,
    StoryBodyRenderer renderer,
    Actor actor,
    WordPressAuthors authors,
    WordPressTerms terms,
    WordPressBodyImages bodyImages,
    WordPressFeaturedImages featuredImages,
    WordPressRedirects redirects,
    WordPressComments comments)
{
    private readonly TakenSlugs _slugs = new();
    private readonly WordPressStoryStatus _status = new(state);
    private readonly List<(Article Story, ArticleStatus Status)> _inBatch = [];
    private readonly List<StagedStory> _staged = [];

    /// <summary>The stories written, and the status each is to have when the import completes.</summary>
    public IReadOnlyList<StagedStory> Staged => _staged;

    /// <summary>The stories written since the last batch was saved.</summary>
    public int InBatch => _inBatch.Count;

    public async Task StartAsync(CancellationToken cancellationToken) =>
        _slugs.AddRange(await state.Db.AllArticles.AsNoTracking().Select(a => a.Slug).ToListAsync(cancellationToken));

    public async Task WriteAsync(WxrItem item, CancellationToken cancellationToken)
    {
        var report = state.Report;
        var isPage = item.PostType == "page";
        var count = report[isPage ? WordPressImportReport.Pages : WordPressImportReport.Posts];
        var label = $"{item.PostId} “{WordPressImportRun.Shorten(state.Markdown.Text(item.Title), 60)}”".TrimStart();
        var kindName = isPage ? "page" : "post";
        var (key, keyFrom) = WordPressItemKeys.Of(item);
        if (state.Imported.TryGetValue((ImportKinds.Post, key), out var existingId))
        {
            count.AlreadyThere++;
            await comments.ImportAsync(item, existingId, null, label, cancellationToken);
            return;
        }
        if (item.Status is "trash" or "auto-draft" or "inherit")
        {
            count.NotImported++;
            report.Note(item.Line, kindName, label, item.Status == "trash" ? "in WordPress's trash: not imported" : $"status “{item.Status}”: not imported");
            return;
        }

        if (keyFrom is not null)
        {
            report.Note(item.Line, kindName, label, $"no <wp:post_id>: imported, and known on later runs by its {keyFrom}");
        }

        var headline = state.Markdown.Text(item.Title);
        if (headline.Length == 0)
        {
            headline = "(untitled)";
            report.Note(item.Line, kindName, label, "no title: imported as “(untitled)”");
        }
        else if (headline.Length > Article.HeadlineMaxLength)
        {
            headline = WordPressImportRun.Shorten(headline, Article.HeadlineMaxLength);
            report.Note(item.Line, kindName, label, $"the title is longer than {Article.HeadlineMaxLength} characters: shortened");
        }

        var notes = new List<string>();
        var markdown = state.Markdown.Convert(item.Content, notes, await bodyImages.ImportAsync(item, kindName, label, cancellationToken));
        foreach (var note in notes.Distinct())
        {
            report.Note(item.Line, kindName, label, note);
        }
        var rendered = await renderer.RenderAsync(markdown, cancellationToken);
        var date = _status.DateOf(item, kindName, label);
        var (status, publishedAt) = _status.StatusOf(item, date, kindName, label);

        var article = await NewStoryAsync(item, isPage, headline, markdown, rendered, date, publishedAt, kindName, label, cancellationToken);
        featuredImages.Set(article, item);
        state.Db.AllArticles.Add(article);
        redirects.Add(item, isPage, article);
        state.Staging.Remember(ImportKinds.Post, key, article);
        _inBatch.Add((article, status));
        count.Imported++;
        await comments.ImportAsync(item, null, article, label, cancellationToken);
    }

    /// <summary>The batch is saved: its stories are remembered by id.</summary>
    public void EndBatch()
    {
        foreach (var (story, status) in _inBatch)
        {
            _staged.Add(new StagedStory(story.Id, status));
        }
        _inBatch.Clear();
    }

    private async Task<Article> NewStoryAsync(
        WxrItem item,
        bool isPage,
        string headline,
        string markdown,
        RenderedBody rendered,
        DateTimeOffset? date,
        DateTimeOffset? publishedAt,
        string kindName,
        string label,
        CancellationToken cancellationToken)
    {
        var article = StoryFactory.Create(new NewStory(headline, UniqueSlug(item, headline, kindName, label), markdown, rendered, ArticleStatus.Importing, publishedAt ?? date ?? state.Now)
        {
            PublishedAt = publishedAt,
            CreatedById = actor.UserId,
            Version = 1,
        });
        article.Standfirst = WordPressImportRun.Shorten(state.Markdown.Text(item.Excerpt), Article.StandfirstMaxLength);
        article.SectionId = await terms.PrimarySectionAsync(item, isPage, cancellationToken);
        article.Authors = [new ArticleAuthor { PersonId = await authors.OfAsync(item, kindName, label, cancellationToken), Position = 0 }];
        foreach (var tag in await terms.TagsOfAsync(item, cancellationToken))
        {
            article.Tags.Add(tag);
        }
        return article;
    }

    private string UniqueSlug(WxrItem item, string headline, string kind, string label)
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
        var slug = _slugs.Claim(wanted, Article.SlugMaxLength);
        if (slug != wanted)
        {
            state.Report.Note(item.Line, kind, label, $"the slug “{wanted}” is already taken: the story's slug is “{slug}”");
        }
        return slug;
    }
}
