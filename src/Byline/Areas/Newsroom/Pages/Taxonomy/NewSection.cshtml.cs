using Byline.Storage;
using Byline.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Taxonomy;

public sealed class NewSectionModel(SectionCatalog catalog, BylineDb db) : SectionFormModel
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Places = await db.Sections.CountAsync(cancellationToken) + 1;
        Position = Places;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Places = await db.Sections.CountAsync(cancellationToken) + 1;
        if (!ModelState.IsValid)
        {
            return Refused(await catalog.CheckAsync(null, Input, cancellationToken));
        }
        return await RespondAsync(await catalog.CreateAsync(Input, Actor, cancellationToken), () => Redirect("/newsroom/taxonomy#sections"));
    }
}
