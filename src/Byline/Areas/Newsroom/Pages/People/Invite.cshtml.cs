using System.ComponentModel.DataAnnotations;
using Byline.Accounts;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.People;

/// <summary>
/// Creates an invitation and shows its link in the response to the form, once: the token is never stored, so the link
/// cannot be shown again (revoke the invitation and invite again if it is lost).
/// </summary>
public sealed class InviteModel(Invitations invitations, BylineDb db) : NewsroomPageModel
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

    /// <summary>An author profile without a member (an imported byline) that the invitee takes over.</summary>
    [BindProperty(SupportsGet = true, Name = "person")]
    public int? PersonId { get; set; }

    /// <summary>The profile <see cref="PersonId"/> names, with how many stories carry it.</summary>
    public (string Name, int Stories)? Profile { get; private set; }

    /// <summary>The one-time link, set only in the response that created it.</summary>
    public string? Link { get; private set; }

    public Invitation? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PersonId is null)
        {
            return Page();
        }
        if (!await LoadProfileAsync(cancellationToken))
        {
            return NotFound();
        }
        Name = Profile!.Value.Name;
        Email = await db.AuthorContacts.AsNoTracking().Where(c => c.PersonId == PersonId).Select(c => c.Email).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Invitations.AsNoTracking().Where(i => i.PersonId == PersonId).OrderByDescending(i => i.Id).Select(i => i.Email).FirstOrDefaultAsync(cancellationToken)
            ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (PersonId is not null && !await LoadProfileAsync(cancellationToken))
        {
            ModelState.AddModelError("", "That author profile does not exist any more.");
        }
        if (Role is { } chosen && !Enum.IsDefined(chosen))
        {
            ModelState.AddModelError(nameof(Role), "Choose one of the roles in the list.");
        }
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        var issued = await invitations.CreateAsync(Email, Name, Role!.Value, Actor, cancellationToken, PersonId);
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

    private async Task<bool> LoadProfileAsync(CancellationToken cancellationToken)
    {
        var profile = await db.People.AsNoTracking().Where(p => p.Id == PersonId)
            .Select(p => new { p.Name, Stories = db.ArticleAuthors.Count(a => a.PersonId == p.Id) })
            .SingleOrDefaultAsync(cancellationToken);
        Profile = profile is null ? null : (profile.Name, profile.Stories);
        return profile is not null;
    }

    private PageResult Invalid()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
