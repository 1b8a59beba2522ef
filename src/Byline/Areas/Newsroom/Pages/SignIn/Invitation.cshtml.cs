using System.ComponentModel.DataAnnotations;
using Byline.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Areas.Newsroom.Pages.SignIn;

/// <summary>
/// Where an invitation link leads: the invitee chooses a password and joins with the role they were invited with.
/// A link that was used, revoked, has expired or never existed gets a page that says so, never a form.
/// </summary>
public sealed class InvitationModel(Invitations invitations, SignInManager<StaffUser> signIn) : NewsroomPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Choose a password of at least 12 characters.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The password must be at least 12 characters long.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    public InvitationState State { get; private set; }
    public Invitation? Invitation { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        (State, Invitation) = await invitations.FindAsync(Token, cancellationToken);
        return Respond();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        (State, Invitation) = await invitations.FindAsync(Token, cancellationToken);
        if (State != InvitationState.Pending)
        {
            return Respond();
        }
        if (!ModelState.IsValid)
        {
            return Respond(StatusCodes.Status400BadRequest);
        }

        var accepted = await invitations.AcceptAsync(Token, Password, cancellationToken);
        if (!accepted.Succeeded)
        {
            State = accepted.State;
            Problems = accepted.Errors;
            return Respond(StatusCodes.Status400BadRequest);
        }
        await signIn.SignInAsync(accepted.Member!, isPersistent: false);
        Flash($"Welcome to the newsroom, {accepted.Member!.DisplayName}. You joined as {accepted.Member.Role.ToString().ToLowerInvariant()}.");
        return Redirect("/newsroom");
    }

    /// <summary>The form for an open invitation; otherwise a page that explains, with 404 for unknown links and 400 for spent ones.</summary>
    private PageResult Respond(int openStatus = StatusCodes.Status200OK)
    {
        Password = "";
        ConfirmPassword = "";
        var page = Page();
        page.StatusCode = State switch
        {
            InvitationState.Pending => openStatus,
            InvitationState.Unknown => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        return page;
    }
}
