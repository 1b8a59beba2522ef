using Byline.Content;
using Byline.Outcomes;
using Byline.Storage;
using Byline.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Taxonomy;

/// <summary>Sections in navigation order (with moving up and down) and the tags, searchable and paged.</summary>
public sealed class IndexModel(BylineDb db, SectionCatalog sections) : NewsroomPageModel
{
    public const int TagPageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<SectionRow> Sections { get; private set; } = [];
    public IReadOnlyList<TagRow> Tags { get; private set; } = [];
    public bool HasMoreTags { get; private set; }
    public string? Problem => ErrorFor(Outcome.General);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostMoveAsync(int id, string? direction, CancellationToken cancellationToken)
    {
        if (direction is not ("up" or "down"))
        {
            ModelState.AddModelError(Outcome.General, "Choose whether to move the section up or down.");
            await LoadAsync(cancellationToken);
            return PageAgain(StatusCodes.Status400BadRequest);
        }
        var result = await sections.MoveAsync(id, direction == "up", Actor, cancellationToken);
        return await RespondAsync(result, () => Redirect("/newsroom/taxonomy#sections"), () => LoadAsync(cancellationToken));
    }

    public string TagPagePath(int page) =>
        $"/newsroom/taxonomy?page={page}{(string.IsNullOrWhiteSpace(Query) ? "" : "&q=" + Uri.EscapeDataString(Query.Trim()))}#tags";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Sections = await db.Sections.AsNoTracking()
            .OrderBy(s => s.Position).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new SectionRow(s.Id, s.Name, s.Slug, s.Description,
                db.Articles.Count(a => a.SectionId == s.Id && a.Status == ArticleStatus.Published),
                db.Articles.Count(a => a.SectionId == s.Id)))
            .ToListAsync(cancellationToken);

        var tags = db.Tags.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var term = Query.Trim();
            var pattern = LikePattern.Containing(term);
            // The slug is lowercase ASCII: matching it too finds "Café" from "cafe".
            var slugPattern = LikePattern.Containing(Slugs.From(term));
            tags = slugPattern == "%%"
                ? tags.Where(t => EF.Functions.Like(SqlText.Lower(t.Name), pattern, LikePattern.Escape))
                : tags.Where(t => EF.Functions.Like(SqlText.Lower(t.Name), pattern, LikePattern.Escape) || EF.Functions.Like(t.Slug, slugPattern, LikePattern.Escape));
        }
        var rows = await tags
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Skip((PageNumber - 1) * TagPageSize).Take(TagPageSize + 1)
            .Select(t => new TagRow(t.Id, t.Name, t.Slug, t.Articles.Count(a => a.Status == ArticleStatus.Published && a.TrashedAt == null), t.Articles.Count))
            .ToListAsync(cancellationToken);
        HasMoreTags = rows.Count > TagPageSize;
        Tags = rows.Take(TagPageSize).ToList();
    }

    private static string Escape(string term) =>
        term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
