using Byline.Caching;
using Byline.Content;
using Byline.Pages.Shared;
using Byline.Site;
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
            JsonLd = number.Value == 1 ? WebSiteJsonLd.Build : null,
        }, SiteUrls.Home);
        return Page();
    }

    /// <summary>
    /// Two queries whatever the number of sections or stories: the newest ids per section, then their summaries. The
    /// first is written in SQL because LINQ's "top 3 per section" becomes a window over every story (a scan of the
    /// archive); this form asks the (SectionId, Status, PublishedAt) index for three rows per section instead.
    /// </summary>
    private async Task<IReadOnlyList<SectionBlock>> ReadSectionBlocksAsync(CancellationToken cancellationToken)
    {
        var published = nameof(ArticleStatus.Published);
        var rows = await db.Database.SqlQuery<SectionStoryRow>($"""
            SELECT s."Id" AS "SectionId", s."Name", s."Slug", a."Id" AS "ArticleId"
            FROM "Sections" AS s
            INNER JOIN "Articles" AS a ON a."Id" IN (
                SELECT n."Id" FROM "Articles" AS n
                WHERE n."SectionId" = s."Id" AND n."Status" = {published} AND n."PublishedAt" IS NOT NULL AND n."TrashedAt" IS NULL
                ORDER BY n."PublishedAt" DESC, n."Id" DESC
                LIMIT {StoriesPerSectionBlock})
            ORDER BY s."Position", s."Name", s."Id", a."PublishedAt" DESC, a."Id" DESC
            """).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.ArticleId).ToList();
        var summaries = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToSummaries()
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        return rows
            .GroupBy(r => r.SectionId)
            .Select(section => new SectionBlock(section.First().Name, section.First().Slug, section.Select(r => summaries[r.ArticleId]).ToList()))
            .ToList();
    }

    private sealed class SectionStoryRow
    {
        public int SectionId { get; init; }
        public required string Name { get; init; }
        public required string Slug { get; init; }
        public int ArticleId { get; init; }
    }
}
