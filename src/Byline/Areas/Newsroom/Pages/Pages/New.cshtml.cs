using Byline.Content;
using Byline.Outcomes;
using Byline.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Pages;

/// <summary>A new static page (editors and admins, by the folder's policy).</summary>
public sealed class NewModel(StaticPageEditor editor) : PageFormModel
{
    public void OnGet() => Published = true;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = BindingErrors() is { } errors
            ? Outcome.Invalid(errors).As<StaticPage>()
            : await editor.CreateAsync(Input, Actor, cancellationToken);
        return await RespondAsync(outcome, () => Redirect($"/newsroom/pages/{outcome.Value!.Id}"));
    }
}
