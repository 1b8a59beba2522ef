using Byline.Media;
using Byline.Search;
using Byline.Storage;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Media;

/// <summary>The media library: every image, newest first, searchable by its words and file name.</summary>
public sealed class IndexModel(BylineDb db) : NewsroomPageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<LibraryImage> Images { get; private set; } = [];
    public int CurrentPage { get; private set; } = 1;
    public bool HasOlder { get; private set; }
    public bool CanUpload { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<string> Terms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        CanUpload = MediaLibrary.CanUpload(Actor);
        if (!PageNumber.TryParse(page, out var number, out var error))
        {
            Problem = error;
            var refused = Page();
            refused.StatusCode = StatusCodes.Status400BadRequest;
            return refused;
        }
        CurrentPage = number.Value;
        Terms = SearchTerms.Parse(Query);

        // One row more than a page tells whether an older page exists, without counting the library.
        var rows = await LibrarySearch.Matching(db.MediaItems.AsNoTracking().Where(m => m.TrashedAt == null), Terms)
            .Skip((CurrentPage - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        HasOlder = rows.Count > PageSize;
        var shown = HasOlder ? rows[..PageSize] : rows;

        // Featured uses only: counting uses in stories' text would read every story's text for each card. Each image's
        // own page lists every use.
        var ids = shown.Select(m => (int?)m.Id).ToList();
        var uses = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.FeaturedImageId))
            .GroupBy(a => a.FeaturedImageId)
            .Select(g => new { Id = g.Key!.Value, Count = g.Count() })
            .ToDictionaryAsync(x => x.Id, x => x.Count, cancellationToken);
        Images = shown.Select(m => new LibraryImage(m, uses.GetValueOrDefault(m.Id))).ToList();
        return Page();
    }

    /// <summary>The address of another page of the same search.</summary>
    public string PathOf(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            query.Add("q=" + Uri.EscapeDataString(Query.Trim()));
        }
        if (page > 1)
        {
            query.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return "/newsroom/media" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }
}
