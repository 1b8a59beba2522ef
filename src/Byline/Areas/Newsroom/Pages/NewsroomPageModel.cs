using Byline.Accounts;
using Byline.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Areas.Newsroom.Pages;

/// <summary>
/// What every newsroom page shares: the member acting, the flash message the layout shows after a redirect, and
/// the one response to a service's <see cref="Outcome"/>.
/// </summary>
public abstract class NewsroomPageModel : PageModel
{
    /// <summary>The TempData key the newsroom layout reads the flash message from.</summary>
    public const string FlashKey = "Flash";

    private Actor? _actor;

    /// <summary>The signed-in member, read from the sign-in cookie's claims once per request.</summary>
    public Actor Actor => _actor ??= Actor.From(User);

    /// <summary>A line shown once, on the next page the member sees (it travels in TempData across the redirect).</summary>
    protected void Flash(string message) => TempData[FlashKey] = message;

    /// <summary>The first reason given for <paramref name="field"/> (<see cref="Outcome.General"/> for the whole form), if any.</summary>
    public virtual string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>
    /// Done: the outcome's message becomes the flash and <paramref name="whenDone"/> answers (a redirect, as the page
    /// says). Not found: 404. Forbidden: 403. Invalid: the reasons beside their fields and the page again with 400.
    /// Conflict: the reason on the page again with 409. Before the page is shown again, <paramref name="reload"/>
    /// reads what it displays.
    /// </summary>
    protected async Task<IActionResult> RespondAsync(Outcome outcome, Func<IActionResult> whenDone, Func<Task>? reload = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(whenDone);
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                Flash(outcome.Message);
                return whenDone();
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Forbidden:
                return Forbid();
        }
        foreach (var (field, message) in outcome.Errors)
        {
            ModelState.AddModelError(field, message);
        }
        if (reload is not null)
        {
            await reload();
        }
        return PageAgain(outcome.Kind == OutcomeKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
    }

    /// <summary>The page again after a refusal; pages override it to put the model binder's messages in words.</summary>
    protected virtual PageResult PageAgain(int statusCode)
    {
        var page = Page();
        page.StatusCode = statusCode;
        return page;
    }
}
