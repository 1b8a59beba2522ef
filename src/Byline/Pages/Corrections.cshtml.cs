using Byline.Caching;
using Byline.Content;
using Byline.Pages.Shared;
using Byline.Publishing;
using Byline.Site;
using Byline.Storage;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Byline.Pages;

/// <summary>Every correction the newsroom has published, newest first: its record of getting things right.</summary>
[OutputCache(PolicyName = CachePolicies.ReaderPage)]
public sealed class CorrectionsModel(BylineDb db) : ReaderPageModel
{
    public IReadOnlyList<CorrectionEntry> Entries { get; private set; } = [];
    public PageNumber Current { get; private set; }
    public bool HasOlder { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (!PageNumber.TryParse(page, out var number, out var error))
        {
            return ReaderError(StatusCodes.Status400BadRequest, error);
        }
        Current = number;
        var rows = await db.Corrections.AsNoTracking()
            .Where(c => c.Article.Status == ArticleStatus.Published && c.Article.PublishedAt != null && c.Article.TrashedAt == null)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Skip(number.Skip).Take(PageNumber.PageSize + 1)
            .Select(c => new CorrectionEntry(c.Text, c.CreatedAt, c.Article.Headline, c.Article.Section.Slug, c.Article.PublishedAt!.Value, c.Article.Slug))
            .ToListAsync(cancellationToken);
        if (number.Value > 1 && rows.Count == 0)
        {
            return ReaderError(StatusCodes.Status404NotFound, $"There is no page {number.Value} of corrections.");
        }
        HasOlder = rows.Count > PageNumber.PageSize;
        Entries = rows.Take(PageNumber.PageSize).ToList();
        CacheTags.Apply(HttpContext, CorrectionDesk.AllCorrectionsTag, CacheTags.Front);
        Meta = new PageMeta
        {
            Title = number.Value > 1 ? $"Corrections, page {number.Value}" : "Corrections",
            Description = "Every correction this newsroom has published, newest first.",
            CanonicalPath = SiteUrls.WithPage("/corrections", number.Value),
            PreviousPagePath = number.Value > 1 ? SiteUrls.WithPage("/corrections", number.Value - 1) : null,
            NextPagePath = HasOlder ? SiteUrls.WithPage("/corrections", number.Value + 1) : null,
        };
        return Page();
    }
}
