using Byline.Caching;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Renders every stored story and page body again from its Markdown, for when an upgrade changes how bodies render
/// (typography, figures, quotations): a saved body keeps the HTML of the version that saved it until this runs. Only
/// the HTML, word count and reading time change; versions, dates and revisions stay, as this is no editorial change.
/// </summary>
public sealed class StoredBodyRendering(BylineDb db, StoryBodyRenderer renderer, PublicCache cache)
{
    private const int Batch = 200;

    public async Task<StoredBodyRenderingResult> RenderAllAsync(IProgress<StoredBodyProgress>? progress, CancellationToken cancellationToken)
    {
        var storyIds = await db.AllArticles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        var pageIds = await db.StaticPages.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        var total = storyIds.Count + pageIds.Count;
        int storiesChanged = 0, pagesChanged = 0, done = 0;
        foreach (var batch in storyIds.Chunk(Batch))
        {
            var stories = await db.AllArticles.AsNoTracking().Where(a => batch.Contains(a.Id))
                .Select(a => new { a.Id, a.BodyMarkdown, a.BodyHtml, a.WordCount }).ToListAsync(cancellationToken);
            foreach (var story in stories)
            {
                var rendered = await renderer.RenderAsync(story.BodyMarkdown, cancellationToken);
                if (rendered.Html == story.BodyHtml && rendered.WordCount == story.WordCount)
                {
                    continue;
                }
                // Guarded by the Markdown read: a story saved meanwhile has HTML made from its new text already.
                storiesChanged += await db.AllArticles
                    .Where(a => a.Id == story.Id && a.BodyMarkdown == story.BodyMarkdown)
                    .ExecuteUpdateAsync(a => a
                        .SetProperty(x => x.BodyHtml, rendered.Html)
                        .SetProperty(x => x.WordCount, rendered.WordCount)
                        .SetProperty(x => x.ReadingMinutes, rendered.ReadingMinutes), cancellationToken);
            }
            done += batch.Length;
            progress?.Report(new StoredBodyProgress(done, total));
        }
        foreach (var id in pageIds)
        {
            var page = await db.StaticPages.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { p.BodyMarkdown, p.BodyHtml }).SingleAsync(cancellationToken);
            var html = (await renderer.RenderAsync(page.BodyMarkdown, cancellationToken)).Html;
            if (html != page.BodyHtml)
            {
                pagesChanged += await db.StaticPages
                    .Where(p => p.Id == id && p.BodyMarkdown == page.BodyMarkdown)
                    .ExecuteUpdateAsync(p => p.SetProperty(x => x.BodyHtml, html), cancellationToken);
            }
            progress?.Report(new StoredBodyProgress(++done, total));
        }
        if (storiesChanged + pagesChanged > 0)
        {
            await cache.EvictEverythingAsync(cancellationToken);
        }
        return new StoredBodyRenderingResult(storyIds.Count, storiesChanged, pageIds.Count, pagesChanged);
    }
}

/// <summary>Bodies looked at so far, of all the stories and pages.</summary>
public sealed record StoredBodyProgress(int Done, int Total);

public sealed record StoredBodyRenderingResult(int Stories, int StoriesChanged, int Pages, int PagesChanged);
