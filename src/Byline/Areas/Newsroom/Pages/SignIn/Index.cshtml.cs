using System.ComponentModel.DataAnnotations;
using Byline.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Byline.Areas.Newsroom.Pages.SignIn;

[EnableRateLimiting(SignInRateLimits.Policy)]
public sealed class IndexModel(StaffSignIn staffSignIn) : NewsroomPageModel
{
    /// <summary>One answer for a wrong password, an unknown address and a disabled member, so it tells nobody who has an account.</summary>
    private const string WrongProblem = "That email address and password do not match an account.";

    private const string PausedProblem =
        "Too many failed sign-ins with this email address from your connection. Wait 15 minutes and try again, or ask an admin for a password reset link.";

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter your email address, for example name@example.org.")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await staffSignIn.WithPasswordAsync(Email, Password, RememberMe, HttpContext.Connection.RemoteIpAddress, cancellationToken) switch
        {
            StaffSignInOutcome.SignedIn => LocalRedirect(SafeReturnUrl(ReturnUrl)),
            StaffSignInOutcome.NeedsSecondStep => RedirectToPage("TwoFactor", new { ReturnUrl, RememberMe }),
            StaffSignInOutcome.Paused => Refuse(PausedProblem, StatusCodes.Status429TooManyRequests),
            _ => Refuse(WrongProblem, StatusCodes.Status400BadRequest),
        };
    }

    private PageResult Refuse(string problem, int status)
    {
        Problem = problem;
        Password = "";
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    /// <summary>
    /// Only paths inside the newsroom are followed after sign-in, never another site; and only printable ASCII, as a
    /// Location header can carry nothing else (a line break or U+2028 there failed the sign-in with a 500).
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith("/newsroom", StringComparison.OrdinalIgnoreCase) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && returnUrl.All(c => c is > ' ' and < '\x7F')
            ? returnUrl
            : "/newsroom";
}
