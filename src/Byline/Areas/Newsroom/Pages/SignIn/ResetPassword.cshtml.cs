using Byline.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Byline.Areas.Newsroom.Pages.SignIn;

/// <summary>
/// Where a password reset link leads: the member chooses a new password, then signs in with it (and their second step,
/// if they have one). A link that was used, has expired, was replaced or never existed gets a page that says so.
/// </summary>
[EnableRateLimiting(SignInRateLimits.Policy)]
public sealed class ResetPasswordModel(PasswordResets resets) : NewPasswordPageModel
{
    public PasswordResetState State { get; private set; }
    public StaffUser? Member { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        (State, Member) = await resets.FindAsync(Token, cancellationToken);
        return Respond();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        (State, Member) = await resets.FindAsync(Token, cancellationToken);
        if (State != PasswordResetState.Pending)
        {
            return Respond();
        }
        if (!ModelState.IsValid)
        {
            return Respond(StatusCodes.Status400BadRequest);
        }

        var reset = await resets.ResetAsync(Token, Password, cancellationToken);
        if (!reset.Succeeded)
        {
            State = reset.State;
            Problems = reset.Errors;
            return Respond(StatusCodes.Status400BadRequest);
        }
        Flash("Your new password is set. Sign in with it now.");
        return Redirect("/newsroom/sign-in");
    }

    private PageResult Respond(int openStatus = StatusCodes.Status200OK) =>
        Respond(State == PasswordResetState.Pending, State != PasswordResetState.Unknown, openStatus);
}
