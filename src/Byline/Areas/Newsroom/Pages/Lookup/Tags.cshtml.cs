using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Lookup;

/// <summary>
/// <c>GET /newsroom/lookup/tags?q=</c>: the tags type-ahead's choices as JSON, at most <see cref="LookupTerm.Limit"/>:
/// names that start with <c>q</c> first, then names that contain it, each group by name. Case is ignored the same way on
/// both engines (lowercased column against a lowercased, escaped pattern), so <c>%</c> and <c>_</c> match themselves.
/// </summary>
public sealed class TagsModel(BylineDb db) : NewsroomPageModel
{
    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        if (LookupTerm.Refusal(q) is { } refusal)
        {
            return refusal;
        }
        var term = (q ?? "").Trim();
        if (term.Length == 0)
        {
            return new JsonResult(Array.Empty<TagChoice>());
        }
        var prefix = LikePattern.StartingWith(term);
        var contains = LikePattern.Containing(term);
        var tags = db.Tags.AsNoTracking();
        var choices = await tags
            .Where(t => EF.Functions.Like(SqlText.Lower(t.Name), prefix, LikePattern.Escape))
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Take(LookupTerm.Limit)
            .Select(t => new TagChoice(t.Id, t.Name, t.Slug))
            .ToListAsync(cancellationToken);
        if (choices.Count < LookupTerm.Limit)
        {
            choices.AddRange(await tags
                .Where(t => EF.Functions.Like(SqlText.Lower(t.Name), contains, LikePattern.Escape)
                    && !EF.Functions.Like(SqlText.Lower(t.Name), prefix, LikePattern.Escape))
                .OrderBy(t => t.Name).ThenBy(t => t.Id)
                .Take(LookupTerm.Limit - choices.Count)
                .Select(t => new TagChoice(t.Id, t.Name, t.Slug))
                .ToListAsync(cancellationToken));
        }
        return new JsonResult(choices);
    }
}
