using System.ComponentModel.DataAnnotations;
using Byline.Accounts;
using Byline.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Byline.Areas.Newsroom.Pages.Account;

/// <summary>The signed-in member's own account: who they are in the newsroom, a new password, and which notifications also come by email.</summary>
public sealed class IndexModel(
    UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit, NotificationPreferences preferences, IOptions<EmailOptions> email)
    : NewsroomPageModel
{
    /// <summary>The field the email choices' refusal is shown beside.</summary>
    public const string ByEmailField = "ByEmail";

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
    public IReadOnlySet<NotificationKind> EmailKinds { get; private set; } = new HashSet<NotificationKind>();

    /// <summary>Whether the site can send email at all (<c>Byline:Email:Host</c> is set); the choices are kept either way.</summary>
    public bool CanSendEmail => email.Value.CanSend;

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

    /// <summary>Saves which kinds of notification also arrive by email: the ticked boxes on, every other kind off.</summary>
    public async Task<IActionResult> OnPostNotificationsAsync([FromForm(Name = ByEmailField)] List<string>? byEmail, CancellationToken cancellationToken)
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        var chosen = new List<NotificationKind>();
        foreach (var value in byEmail ?? [])
        {
            // Names only: a number would parse as an enum value too, and a forged one is refused, not stored.
            var kind = NotificationKinds.All.FirstOrDefault(k => k.ToString() == value);
            if (kind == default)
            {
                // The password fields bound on this post too; their empty values are not this form's business.
                ModelState.Clear();
                ModelState.AddModelError(ByEmailField, "Choose among the kinds of notification listed.");
                return Invalid();
            }
            chosen.Add(kind);
        }
        await preferences.SaveAsync(Member.Id, chosen, cancellationToken);
        Flash(CanSendEmail
            ? "Your email choices are saved."
            : "Your email choices are saved. This site does not send email yet, so they apply once it does.");
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
        EmailKinds = await preferences.EmailKindsAsync(member.Id, HttpContext.RequestAborted);
        return true;
    }
}
