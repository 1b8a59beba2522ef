using Byline.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Areas.Newsroom.Pages.SignIn;

/// <summary>
/// Where an invitation link leads: the invitee chooses a password and joins with the role they were invited with.
/// A link that was used, revoked, has expired or never existed gets a page that says so, never a form.
/// </summary>
public sealed class InvitationModel(Invitations invitations, SignInManager<StaffUser> signIn) : NewPasswordPageModel
{
    public InvitationState State { get; private set; }
    public Invitation? Invitation { get; private set; }

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

    private PageResult Respond(int openStatus = StatusCodes.Status200OK) =>
        Respond(State == InvitationState.Pending, State != InvitationState.Unknown, openStatus);
}
