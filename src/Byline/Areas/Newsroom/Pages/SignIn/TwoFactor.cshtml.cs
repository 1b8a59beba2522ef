using System.ComponentModel.DataAnnotations;
using Byline.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Byline.Areas.Newsroom.Pages.SignIn;

/// <summary>The second step for members with an authenticator app: a six-digit code, or one of their recovery codes.</summary>
[EnableRateLimiting(SignInRateLimits.Policy)]
public sealed class TwoFactorModel(SignInManager<StaffUser> signIn, AuditLog audit) : NewsroomPageModel
{
    private const string LockedProblem = "Too many wrong codes: this account is locked for 15 minutes.";

    [BindProperty]
    [Required(ErrorMessage = "Enter the code from your authenticator app, or a recovery code.")]
    [StringLength(20, ErrorMessage = "That code is too long.")]
    public string Code { get; set; } = "";

    [BindProperty]
    public bool RememberDevice { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Index") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Index");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            // The lockout was recorded when it began; attempts during it add nothing to the audit log.
            return Refuse(LockedProblem);
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var isRecoveryCode = code.Length != 6 || !code.All(char.IsAsciiDigit);
        var result = isRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, RememberDevice);
        var actor = new Actor(user.Id, user.DisplayName, user.Role, user.PersonId);
        if (result.Succeeded)
        {
            await audit.RecordAsync(actor, AuditActions.SignIn, $"user:{user.Id}",
                isRecoveryCode ? "Signed in with a recovery code" : "Signed in with password and authenticator code", cancellationToken);
            return LocalRedirect(IndexModel.SafeReturnUrl(ReturnUrl));
        }
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(actor, AuditActions.Lockout, $"user:{user.Id}", "Locked out after repeated wrong codes", cancellationToken);
            return Refuse(LockedProblem);
        }
        await audit.RecordAsync(actor, AuditActions.SignInFailed, $"user:{user.Id}", "Wrong second-step code", cancellationToken);
        return Refuse("That code is not right. Codes change every 30 seconds; check your device's clock.");
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
