using Byline.Accounts;
using Byline.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Areas.Newsroom.Pages.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP): scan the key, prove it with a code, keep the recovery codes.
/// Recovery codes are shown only in the response that made them; Identity stores them so that each works once.
/// </summary>
public sealed class TwoFactorModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit, SiteIdentity site) : NewsroomPageModel
{
    public const int RecoveryCodeCount = 10;

    /// <summary>A six-digit code from the app (to turn two-factor on, or off).</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The account password, the other way to confirm turning two-factor off.</summary>
    [BindProperty]
    public string? Password { get; set; }

    public StaffUser Member { get; private set; } = null!;
    public AuthenticatorKey? Key { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Set only in the response that generated them: they are never shown again.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (Member.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        if (!await IsValidCodeAsync(Code))
        {
            return Refuse("That code is not right. Enter the six digits your app shows now; codes change every 30 seconds.");
        }
        audit.Add(Actor, AuditActions.TwoFactorChanged, $"user:{Member.Id}", "Turned on two-factor sign-in with an authenticator app");
        await users.SetTwoFactorEnabledAsync(Member, true);
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(Member, RecoveryCodeCount))?.ToList() ?? [];
        // Turning two-factor on renews the security stamp; renewing this session keeps the member signed in here.
        await signIn.RefreshSignInAsync(Member);
        await LoadAsync();
        Code = null;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (!Member.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        var confirmed = !string.IsNullOrWhiteSpace(Code)
            ? await IsValidCodeAsync(Code)
            : !string.IsNullOrEmpty(Password) && await users.CheckPasswordAsync(Member, Password);
        if (!confirmed)
        {
            return Refuse("Confirm with a current code from your app or with your password: the one you entered is not right.");
        }
        audit.Add(Actor, AuditActions.TwoFactorChanged, $"user:{Member.Id}", "Turned off two-factor sign-in");
        await users.SetTwoFactorEnabledAsync(Member, false);
        // A fresh key means the old app entry and any copy of the old key will never work again.
        await users.ResetAuthenticatorKeyAsync(Member);
        await signIn.RefreshSignInAsync(Member);
        Flash("Two-factor sign-in is off. Signing in now needs only your password.");
        return Redirect("/newsroom/account");
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (!Member.TwoFactorEnabled)
        {
            return Refuse("Recovery codes come with two-factor sign-in: turn it on first.");
        }
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(Member, RecoveryCodeCount))?.ToList() ?? [];
        await audit.RecordAsync(Actor, AuditActions.TwoFactorChanged, $"user:{Member.Id}", "Generated new recovery codes (the old ones no longer work)", cancellationToken);
        RecoveryCodesLeft = NewRecoveryCodes.Count;
        return Page();
    }

    /// <summary>During setup: throws away the key on screen and makes a new one (for a key that was seen by someone else).</summary>
    public async Task<IActionResult> OnPostNewKeyAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (!Member.TwoFactorEnabled)
        {
            await users.ResetAuthenticatorKeyAsync(Member);
            await signIn.RefreshSignInAsync(Member);
        }
        return RedirectToPage();
    }

    private async Task<bool> IsValidCodeAsync(string? code)
    {
        var digits = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit)
            && await users.VerifyTwoFactorTokenAsync(Member, users.Options.Tokens.AuthenticatorTokenProvider, digits);
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Code = null;
        Password = null;
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
        if (member.TwoFactorEnabled)
        {
            Key = null;
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(member);
            return true;
        }
        var key = await users.GetAuthenticatorKeyAsync(member);
        if (string.IsNullOrEmpty(key))
        {
            // A new key renews the security stamp; renewing the session keeps the member signed in.
            await users.ResetAuthenticatorKeyAsync(member);
            await signIn.RefreshSignInAsync(member);
            key = await users.GetAuthenticatorKeyAsync(member);
        }
        Key = new AuthenticatorKey(key!, site.Current.Title, member.Email ?? member.DisplayName);
        return true;
    }
}
