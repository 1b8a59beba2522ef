using Byline.Publishing;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Stories;

public sealed class NewModel(BylineDb db, ArticleEditor editor) : StoryFormModel(db)
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (Actor.PersonId is { } me)
        {
            Draft.AuthorIds = [me];
        }
        if (Sections.Count > 0)
        {
            Draft.SectionId = int.Parse(Sections[0].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return PageWithStatus(StatusCodes.Status400BadRequest);
        }
        var result = await editor.SaveAsync(null, Draft, Actor, RevisionNotes.Save, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return PageWithStatus(StatusCodes.Status400BadRequest);
        }
        Flash("The draft is saved.");
        return Redirect($"/newsroom/stories/{result.Value!.ArticleId}");
    }
}
