using Byline.Site;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Menus;

/// <summary>The header and footer menus (admins only, by the folder's policy).</summary>
public sealed class IndexModel(SiteMenuEditor editor) : NewsroomPageModel
{
    [BindProperty]
    public string? Header { get; set; }

    [BindProperty]
    public string? Footer { get; set; }

    [BindProperty]
    public string? Version { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Fill(await editor.CurrentAsync(cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await editor.SaveAsync(new MenuTexts(Header, Footer, Version), Actor, cancellationToken);
        return await RespondAsync(outcome, () => Redirect("/newsroom/menus"), async () =>
        {
            if (outcome.Kind == Outcomes.OutcomeKind.Conflict)
            {
                // Someone else's menus are shown, so that the change is made again on top of them.
                Fill(await editor.CurrentAsync(cancellationToken));
                ModelState.Remove(nameof(Header));
                ModelState.Remove(nameof(Footer));
                ModelState.Remove(nameof(Version));
            }
        });
    }

    private void Fill(MenuTexts menus)
    {
        Header = menus.Header;
        Footer = menus.Footer;
        Version = menus.Version;
    }
}
