using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Byline.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Byline.Accounts;

/// <summary>
/// The password step of signing in to the newsroom. An unknown address or a disabled member is answered as a wrong
/// password, after the same work (a password hash is checked either way), so neither the answer nor its time tells
/// who has an account. Wrong passwords pause that account for that network address only (<see cref="SignInPauses"/>);
/// the pause is recorded in the audit log once, when it starts.
/// </summary>
public sealed class StaffSignIn(SignInManager<StaffUser> signIn, ILookupNormalizer normalizer, SignInPauses pauses,
    AuditLog audit, BylineDb db, IOptions<IdentityOptions> identity)
{
    private static readonly StaffUser Nobody = new() { DisplayName = "" };

    /// <summary>The hash of a password nobody knows: checking one against it costs what checking a member's does.</summary>
    private static readonly string DecoyHash = new PasswordHasher<StaffUser>().HashPassword(Nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));

    public async Task<StaffSignInOutcome> WithPasswordAsync(string email, string password, bool rememberMe, IPAddress? address,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var normalized = normalizer.NormalizeEmail(email.Trim());
        if (pauses.IsPaused(normalized, address))
        {
            return StaffSignInOutcome.Paused;
        }

        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled)
        {
            CheckDecoy(password);
            return await FailedAsync(normalized, address, Actor.System("Unknown account"), null, "Sign-in with an unknown or disabled account", cancellationToken);
        }
        var actor = new Actor(user.Id, user.DisplayName, user.Role, user.PersonId);
        var result = await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            pauses.Forget(normalized, address);
            await audit.RecordAsync(actor, AuditActions.SignIn, $"user:{user.Id}", "Signed in with a password", cancellationToken);
            return StaffSignInOutcome.SignedIn;
        }
        if (result.RequiresTwoFactor)
        {
            pauses.Forget(normalized, address);
            return StaffSignInOutcome.NeedsSecondStep;
        }
        if (result.IsLockedOut)
        {
            // Locked by wrong second-step codes, which Identity checks before the password: answered as a pause, after
            // the same work; the lockout was recorded when it began.
            CheckDecoy(password);
            return StaffSignInOutcome.Paused;
        }
        return await FailedAsync(normalized, address, actor, $"user:{user.Id}", "Wrong password", cancellationToken);
    }

    private void CheckDecoy(string password) => signIn.UserManager.PasswordHasher.VerifyHashedPassword(Nobody, DecoyHash, password);

    private async Task<StaffSignInOutcome> FailedAsync(string normalizedEmail, IPAddress? address, Actor actor, string? subject, string details,
        CancellationToken cancellationToken)
    {
        audit.Add(actor, AuditActions.SignInFailed, subject, details);
        var paused = pauses.RecordFailure(normalizedEmail, address);
        if (paused)
        {
            var lockout = identity.Value.Lockout;
            audit.Add(actor, AuditActions.Lockout, subject, string.Create(CultureInfo.InvariantCulture,
                $"Sign-ins from one address paused for {lockout.DefaultLockoutTimeSpan.TotalMinutes:0} minutes after {lockout.MaxFailedAccessAttempts} wrong passwords"));
        }
        await db.SaveChangesAsync(cancellationToken);
        return paused ? StaffSignInOutcome.Paused : StaffSignInOutcome.Refused;
    }
}
