using System.ComponentModel.DataAnnotations;
using Byline.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Areas.Newsroom.Pages.Account;

/// <summary>The signed-in member's own account: who they are in the newsroom, and a new password.</summary>
public sealed class IndexModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit) : NewsroomPageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Choose a new password of at least 12 characters.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The new password must be at least 12 characters long.")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Type the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    public StaffUser Member { get; private set; } = null!;
    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        var changed = await users.ChangePasswordAsync(Member, CurrentPassword, NewPassword);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                var (field, message) = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? (nameof(CurrentPassword), "That is not your current password.")
                    : (nameof(NewPassword), error.Description);
                ModelState.AddModelError(field, message);
            }
            return Invalid();
        }
        // A new password renews the security stamp, which ends every other session; this one is renewed to stay open.
        await signIn.RefreshSignInAsync(Member);
        await audit.RecordAsync(Actor, AuditActions.PasswordChanged, $"user:{Member.Id}", "Changed their password", cancellationToken);
        Flash("Your password is changed. Other devices where you were signed in will be asked to sign in again.");
        return RedirectToPage();
    }

    private PageResult Invalid()
    {
        CurrentPassword = NewPassword = ConfirmPassword = "";
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private async Task<bool> LoadAsync()
    {
        var member = await users.GetUserAsync(User);
        if (member is null)
        {
            return false;
        }
        Member = member;
        RecoveryCodesLeft = member.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(member) : 0;
        return true;
    }
}
