using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Lookup;

/// <summary>
/// <c>GET /newsroom/lookup/people?q=</c>: the authors type-ahead's choices as JSON, at most <see cref="LookupTerm.Limit"/>:
/// names that start with <c>q</c> first, then names that contain it, each group by name. Case is ignored the same way on
/// both engines (lowercased column against a lowercased, escaped pattern), so <c>%</c> and <c>_</c> match themselves.
/// </summary>
public sealed class PeopleModel(BylineDb db) : NewsroomPageModel
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
            return new JsonResult(Array.Empty<PersonChoice>());
        }
        var prefix = LikePattern.StartingWith(term);
        var contains = LikePattern.Containing(term);
        var people = db.People.AsNoTracking();
        var choices = await people
            .Where(p => EF.Functions.Like(SqlText.Lower(p.Name), prefix, LikePattern.Escape))
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Take(LookupTerm.Limit)
            .Select(p => new PersonChoice(p.Id, p.Name, p.JobTitle))
            .ToListAsync(cancellationToken);
        if (choices.Count < LookupTerm.Limit)
        {
            choices.AddRange(await people
                .Where(p => EF.Functions.Like(SqlText.Lower(p.Name), contains, LikePattern.Escape)
                    && !EF.Functions.Like(SqlText.Lower(p.Name), prefix, LikePattern.Escape))
                .OrderBy(p => p.Name).ThenBy(p => p.Id)
                .Take(LookupTerm.Limit - choices.Count)
                .Select(p => new PersonChoice(p.Id, p.Name, p.JobTitle))
                .ToListAsync(cancellationToken));
        }
        return new JsonResult(choices);
    }
}
