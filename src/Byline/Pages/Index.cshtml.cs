using System.Runtime.CompilerServices;
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

/// <summary>
/// The front page, as a newspaper's: the lead story with its picture, <see cref="TopStoryCount"/> secondary stories, the
/// river of the latest (paginated: page 1's river continues on page 2), then a block per section. No story appears twice
/// on page 1: the section blocks leave out every story above them.
/// </summary>
[OutputCache(PolicyName = CachePolicies.ReaderPage)]
public sealed class IndexModel(BylineDb db, SiteIdentity site) : ReaderPageModel
{
    public const int StoriesPerSectionBlock = 3;
    public const int TopStoryCount = 3;

    public StoryPage Latest { get; private set; } = null!;
    public IReadOnlyList<SectionBlock> SectionBlocks { get; private set; } = [];

    /// <summary>Page 1's newest story.</summary>
    public ArticleSummary? Lead => Latest.Page.Value == 1 && Latest.Stories.Count > 0 ? Latest.Stories[0] : null;

    /// <summary>Page 1's secondary stories, after the lead.</summary>
    public IReadOnlyList<ArticleSummary> TopStories => Lead is null ? [] : Latest.Stories.Skip(1).Take(TopStoryCount).ToList();

    /// <summary>The river: on page 1 what follows the lead and the secondary stories, on later pages the whole page.</summary>
    public IReadOnlyList<ArticleSummary> River => Lead is null ? Latest.Stories : Latest.Stories.Skip(1 + TopStoryCount).ToList();

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
            SectionBlocks = await ReadSectionBlocksAsync(Latest.Stories.Select(s => s.Id).ToList(), cancellationToken);
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
    /// Two queries whatever the number of sections or stories (one when the river above holds every story): the newest ids per section, then their summaries. The
    /// first is written in SQL because LINQ's "top 3 per section" becomes a window over every story (a scan of the
    /// archive); this form asks the (SectionId, Status, PublishedAt) index for three rows per section instead. Stories
    /// already shown above (<paramref name="shown"/>, at most a page) are left out, each id a parameter of its own.
    /// </summary>
    private async Task<IReadOnlyList<SectionBlock>> ReadSectionBlocksAsync(List<int> shown, CancellationToken cancellationToken)
    {
        object[] arguments = [nameof(ArticleStatus.Published), StoriesPerSectionBlock, .. shown.Cast<object>()];
        var notShown = shown.Count == 0
            ? ""
            : $"AND n.\"Id\" NOT IN ({string.Join(", ", shown.Select((_, i) => $"{{{i + 2}}}"))})";
        var sql = FormattableStringFactory.Create($$"""
            SELECT s."Id" AS "SectionId", s."Name", s."Slug", a."Id" AS "ArticleId"
            FROM "Sections" AS s
            INNER JOIN "Articles" AS a ON a."Id" IN (
                SELECT n."Id" FROM "Articles" AS n
                WHERE n."SectionId" = s."Id" AND n."Status" = {0} AND n."PublishedAt" IS NOT NULL AND n."TrashedAt" IS NULL
                {{notShown}}
                ORDER BY n."PublishedAt" DESC, n."Id" DESC
                LIMIT {1})
            ORDER BY s."Position", s."Name", s."Id", a."PublishedAt" DESC, a."Id" DESC
            """, arguments);
        var rows = await db.Database.SqlQuery<SectionStoryRow>(sql).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            // Every story fits the river above (a young site): nothing more to read.
            return [];
        }
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
