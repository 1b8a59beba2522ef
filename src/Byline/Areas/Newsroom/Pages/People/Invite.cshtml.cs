using System.ComponentModel.DataAnnotations;
using Byline.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Areas.Newsroom.Pages.People;

/// <summary>
/// Creates an invitation and shows its link in the response to the form, once: the token is never stored, so the link
/// cannot be shown again (revoke the invitation and invite again if it is lost).
/// </summary>
public sealed class InviteModel(Invitations invitations) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the person's email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address, for example name@example.org.")]
    [StringLength(256, ErrorMessage = "An email address has at most 256 characters.")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter the person's name as it should appear in bylines.")]
    [StringLength(StaffUser.DisplayNameMaxLength, ErrorMessage = "A name has at most 120 characters.")]
    public string Name { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Choose a role.")]
    public NewsroomRole? Role { get; set; } = NewsroomRole.Author;

    /// <summary>The one-time link, set only in the response that created it.</summary>
    public string? Link { get; private set; }

    public Invitation? Created { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Role is { } chosen && !Enum.IsDefined(chosen))
        {
            ModelState.AddModelError(nameof(Role), "Choose one of the roles in the list.");
        }
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        var issued = await invitations.CreateAsync(Email, Name, Role!.Value, Actor.From(User), cancellationToken);
        if (!issued.Succeeded)
        {
            foreach (var error in issued.Errors)
            {
                ModelState.AddModelError("", error);
            }
            return Invalid();
        }
        Created = issued.Invitation;
        Link = issued.Link;
        return Page();
    }

    private PageResult Invalid()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
