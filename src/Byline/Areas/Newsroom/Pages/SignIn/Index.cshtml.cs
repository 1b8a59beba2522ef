using System.ComponentModel.DataAnnotations;
using Byline.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Areas.Newsroom.Pages.SignIn;

public sealed class IndexModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit) : PageModel
{
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
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null || user.IsDisabled)
        {
            await audit.RecordAsync(Actor.System("Unknown account"), AuditActions.SignInFailed, null, "Sign-in with an unknown or disabled account", cancellationToken);
            return Refuse("That email address and password do not match an account.");
        }

        var result = await signIn.PasswordSignInAsync(user, Password, RememberMe, lockoutOnFailure: true);
        var actor = new Actor(user.Id, user.DisplayName, user.Role, user.PersonId);
        if (result.Succeeded)
        {
            await audit.RecordAsync(actor, AuditActions.SignIn, $"user:{user.Id}", "Signed in with a password", cancellationToken);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("TwoFactor", new { ReturnUrl, RememberMe });
        }
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(actor, AuditActions.Lockout, $"user:{user.Id}", "Locked out after repeated failed sign-ins", cancellationToken);
            return Refuse("Too many failed attempts: this account is locked for 15 minutes. Try again later, or ask an admin.");
        }
        await audit.RecordAsync(actor, AuditActions.SignInFailed, $"user:{user.Id}", "Wrong password", cancellationToken);
        return Refuse("That email address and password do not match an account.");
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Password = "";
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    /// <summary>Only paths inside the newsroom are followed after sign-in, never another site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith("/newsroom", StringComparison.OrdinalIgnoreCase) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? returnUrl
            : "/newsroom";
}
