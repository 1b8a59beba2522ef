using Byline.Outcomes;
using Byline.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>
/// The buttons of the story page's "Share preview" panel (<c>_ShareLinks</c>): make a link, revoke one. Each answers
/// with a redirect back to the story; a new link travels there once, in TempData, since only its hash is stored.
/// </summary>
public sealed class ShareLinksModel(PreviewLinks links) : NewsroomPageModel
{
    public int StoryId { get; private set; }

    /// <summary>The TempData key of a link just made, which the panel shows once.</summary>
    public const string CreatedKey = "PreviewLinkCreated";

    [BindProperty]
    public PreviewLinkLifetime Lifetime { get; set; } = PreviewLinks.DefaultLifetime;

    public IActionResult OnGet(int id) => Redirect(StoryPath(id));

    public async Task<IActionResult> OnPostCreateAsync(int id, CancellationToken cancellationToken)
    {
        StoryId = id;
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError(Outcome.General, "A preview link lasts 1 hour, 48 hours or 7 days.");
            return PageAgain(StatusCodes.Status400BadRequest);
        }
        var result = await links.CreateAsync(id, Lifetime, Actor, cancellationToken);
        if (result.Succeeded)
        {
            TempData[CreatedKey] = result.Value;
        }
        // Refused (too many links): this page again with the reason, 400.
        return await RespondAsync(result, () => Redirect(StoryPath(id) + "#share-links"));
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, int linkId, CancellationToken cancellationToken)
    {
        StoryId = id;
        var result = await links.RevokeAsync(id, linkId, Actor, cancellationToken);
        return await RespondAsync(result, () => Redirect(StoryPath(id) + "#share-links"));
    }

    private static string StoryPath(int id) => $"/newsroom/stories/{id}";
}
