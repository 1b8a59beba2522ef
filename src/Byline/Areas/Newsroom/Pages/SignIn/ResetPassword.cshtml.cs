using System.ComponentModel.DataAnnotations;
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
public sealed class ResetPasswordModel(PasswordResets resets) : NewsroomPageModel
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

    public PasswordResetState State { get; private set; }
    public StaffUser? Member { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

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

    /// <summary>The form for an open link; otherwise a page that explains, with 404 for unknown links and 400 for spent ones.</summary>
    private PageResult Respond(int openStatus = StatusCodes.Status200OK)
    {
        Password = "";
        ConfirmPassword = "";
        var page = Page();
        page.StatusCode = State switch
        {
            PasswordResetState.Pending => openStatus,
            PasswordResetState.Unknown => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        return page;
    }
}
