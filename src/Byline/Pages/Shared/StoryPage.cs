using Byline.Content;
using Byline.Site;
using Byline.Web;
using Microsoft.EntityFrameworkCore;

namespace Byline.Pages.Shared;

/// <summary>One page of a story list. One extra row is read to know whether an older page exists, so no COUNT(*) is needed.</summary>
public sealed record StoryPage(IReadOnlyList<ArticleSummary> Stories, PageNumber Page, bool HasOlder)
{
    public bool HasNewer => Page.Value > 1;

    public static async Task<StoryPage> ReadAsync(IQueryable<ArticleSummary> newestFirst, PageNumber page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        var rows = await newestFirst.Skip(page.Skip).Take(PageNumber.PageSize + 1).ToListAsync(cancellationToken);
        var hasOlder = rows.Count > PageNumber.PageSize;
        return new StoryPage(hasOlder ? rows[..PageNumber.PageSize] : rows, page, hasOlder);
    }

    /// <summary>Paging links for the page at <paramref name="path"/>.</summary>
    public PageMeta WithPaging(PageMeta meta, string path)
    {
        ArgumentNullException.ThrowIfNull(meta);
        return meta with
        {
            CanonicalPath = SiteUrls.WithPage(path, Page.Value),
            PreviousPagePath = HasNewer ? SiteUrls.WithPage(path, Page.Value - 1) : null,
            NextPagePath = HasOlder ? SiteUrls.WithPage(path, Page.Value + 1) : null,
        };
    }
}
