using Byline.Caching;
using Byline.Content;
using Byline.Storage;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Byline.Pages;

/// <summary>The front page: the lead story, the river of latest stories (paginated), and a block per section.</summary>
[OutputCache(PolicyName = CachePolicies.ReaderPage)]
public sealed class IndexModel(BylineDb db, SiteIdentity site) : ReaderPageModel
{
    public const int StoriesPerSectionBlock = 3;

    public StoryPage Latest { get; private set; } = null!;
    public IReadOnlyList<SectionBlock> SectionBlocks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (!PageNumber.TryParse(page, out var number, out var error))
        {
            return ReaderError(StatusCodes.Status400BadRequest, error);
        }
        var published = db.Articles.AsNoTracking().Published();
        Latest = await StoryPage.ReadAsync(published.NewestFirst().ToSummaries(), number, cancellationToken);
        if (number.Value > 1 && Latest.Stories.Count == 0)
        {
            return ReaderError(StatusCodes.Status404NotFound, $"There is no page {number.Value} of stories: the archive ends sooner.");
        }
        if (number.Value == 1)
        {
            SectionBlocks = await ReadSectionBlocksAsync(cancellationToken);
        }

        CacheTags.Apply(HttpContext, CacheTags.Front);
        Meta = Latest.WithPaging(new PageMeta
        {
            Title = number.Value > 1 ? $"Latest stories, page {number.Value}" : null,
            Description = site.Current.Description,
        }, SiteUrls.Home);
        return Page();
    }

    /// <summary>Two queries whatever the number of sections: the newest ids per section, then their summaries.</summary>
    private async Task<IReadOnlyList<SectionBlock>> ReadSectionBlocksAsync(CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new
            {
                s.Name,
                s.Slug,
                StoryIds = db.Articles
                    .Where(a => a.SectionId == s.Id && a.Status == ArticleStatus.Published && a.PublishedAt != null)
                    .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                    .Take(StoriesPerSectionBlock)
                    .Select(a => a.Id)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        var ids = sections.SelectMany(s => s.StoryIds).ToList();
        var summaries = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToSummaries()
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        return sections
            .Where(s => s.StoryIds.Count > 0)
            .Select(s => new SectionBlock(s.Name, s.Slug, s.StoryIds.Select(id => summaries[id]).ToList()))
            .ToList();
    }
}
