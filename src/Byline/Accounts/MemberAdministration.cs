using Byline.Outcomes;
using Byline.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Byline.Accounts;

/// <summary>
/// An admin's changes to other members: role, disabled, locked out, a new password, two-factor sign-in off. A role
/// change, a disable, a new password or two-factor off renews the member's security stamp, so their open sessions are
/// checked again within a minute (the validation interval) and end. The newsroom always keeps at least one admin who
/// can sign in.
/// </summary>
public sealed class MemberAdministration(BylineDb db, UserManager<StaffUser> users, SignInPauses pauses, AuditLog audit, TimeProvider clock)
{
    public const string NoSuchMember = "There is no such member.";

    public Task<Outcome> ChangeRoleAsync(int userId, NewsroomRole role, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Enum.IsDefined(role))
        {
            return Task.FromResult(Outcome.Invalid("The role must be admin, editor, author or contributor."));
        }
        return InTransactionAsync(userId, async user =>
        {
            if (user.Role == role)
            {
                return Outcome.Done($"{user.DisplayName} already is {IndefiniteArticle(role)} {role.ToString().ToLowerInvariant()}.");
            }
            if (user.Role == NewsroomRole.Admin && !await AnotherActiveAdminAsync(user.Id, cancellationToken))
            {
                return Outcome.Conflict($"{user.DisplayName} is the only admin who can sign in. Make someone else an admin first.");
            }
            var old = user.Role;
            user.Role = role;
            audit.Add(actor, AuditActions.RoleChanged, $"user:{user.Id}", $"{user.DisplayName}: {old} → {role}");
            return await SaveAsync(user, renewStamp: true,
                $"{user.DisplayName} is now {IndefiniteArticle(role)} {role.ToString().ToLowerInvariant()}. Their open sessions end within a minute; the new role applies when they sign in again.");
        }, cancellationToken);
    }

    public Task<Outcome> SetDisabledAsync(int userId, bool disabled, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return InTransactionAsync(userId, async user =>
        {
            if (user.IsDisabled == disabled)
            {
                return Outcome.Done(disabled ? $"{user.DisplayName} was already disabled." : $"{user.DisplayName} can already sign in.");
            }
            if (disabled && user.Id == actor.UserId)
            {
                return Outcome.Conflict("You cannot disable your own account. Ask another admin.");
            }
            if (disabled && user.Role == NewsroomRole.Admin && !await AnotherActiveAdminAsync(user.Id, cancellationToken))
            {
                return Outcome.Conflict($"{user.DisplayName} is the only admin who can sign in. Make someone else an admin first.");
            }
            user.IsDisabled = disabled;
            if (disabled)
            {
                audit.Add(actor, AuditActions.UserDisabled, $"user:{user.Id}", $"Disabled {user.DisplayName}");
                return await SaveAsync(user, renewStamp: true, $"{user.DisplayName} is disabled: they cannot sign in, and their open sessions end within a minute.");
            }
            audit.Add(actor, AuditActions.UserEnabled, $"user:{user.Id}", $"Enabled {user.DisplayName} again");
            return await SaveAsync(user, renewStamp: false, $"{user.DisplayName} can sign in again.");
        }, cancellationToken);
    }

    public Task<Outcome> UnlockAsync(int userId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return InTransactionAsync(userId, async user =>
        {
            if (LockedOutUntil(user) is null)
            {
                return Outcome.Done($"{user.DisplayName} is not locked out.");
            }
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            pauses.ForgetAll(user.NormalizedEmail ?? "");
            audit.Add(actor, AuditActions.UserUnlocked, $"user:{user.Id}", $"Unlocked {user.DisplayName}");
            return await SaveAsync(user, renewStamp: false, $"{user.DisplayName} is unlocked and can sign in again.");
        }, cancellationToken);
    }

    /// <summary>
    /// Sets the member's password (from a reset link or the command line), checked by the same rules as everywhere; it
    /// also ends a lockout. Refused for a disabled member, who should not sign in.
    /// </summary>
    public Task<Outcome> SetPasswordAsync(int userId, string password, Actor actor, string details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return InTransactionAsync(userId, async user =>
        {
            if (user.IsDisabled)
            {
                return Outcome.Conflict($"{user.DisplayName} is disabled and cannot sign in. Enable them first if they should.");
            }
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            audit.Add(actor, AuditActions.PasswordReset, $"user:{user.Id}", details);
            // Identity's own reset: the password rules, the new hash and a renewed security stamp, saved with the above.
            var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
            if (!reset.Succeeded)
            {
                return Outcome.Invalid(string.Join(" ", reset.Errors.Select(e => e.Description)));
            }
            pauses.ForgetAll(user.NormalizedEmail ?? "");
            return Outcome.Done($"{user.DisplayName} has a new password. Their open sessions end within a minute.");
        }, cancellationToken);
    }

    /// <summary>For a member who lost their authenticator and recovery codes: they sign in with their password alone.</summary>
    public Task<Outcome> DisableTwoFactorAsync(int userId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return InTransactionAsync(userId, async user =>
        {
            if (!user.TwoFactorEnabled)
            {
                return Outcome.Done($"Two-factor sign-in was already off for {user.DisplayName}.");
            }
            if (user.Id == actor.UserId)
            {
                return Outcome.Conflict("Turn off your own two-factor sign-in from your account page, with a code or your password.");
            }
            user.TwoFactorEnabled = false;
            audit.Add(actor, AuditActions.TwoFactorChanged, $"user:{user.Id}", $"Turned off two-factor sign-in for {user.DisplayName}");
            // A new key, so the lost device never works again; it renews the security stamp and saves all of the above.
            var reset = await users.ResetAuthenticatorKeyAsync(user);
            return reset.Succeeded
                ? Outcome.Done($"Two-factor sign-in is off for {user.DisplayName}: they sign in with their password alone, and their open sessions end within a minute.")
                : Outcome.Conflict(string.Join(" ", reset.Errors.Select(e => e.Description)));
        }, cancellationToken);
    }

    /// <summary>
    /// When the member can sign in again: the end of their account's lockout (after wrong second-step codes) or of the
    /// last running pause for an address that tried wrong passwords (on this node), whichever is later; null when neither runs.
    /// </summary>
    public DateTimeOffset? LockedOutUntil(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        DateTimeOffset? account = user.LockoutEnd > clock.GetUtcNow() ? user.LockoutEnd : null;
        var paused = pauses.PausedUntil(user.NormalizedEmail ?? "");
        return paused is null || account > paused ? account : paused;
    }

    /// <summary>
    /// Reads the member and applies <paramref name="change"/> in one transaction, so the last-admin check and the write
    /// cannot be split by another admin's change.
    /// </summary>
    private async Task<Outcome> InTransactionAsync(int userId, Func<StaffUser, Task<Outcome>> change, CancellationToken cancellationToken)
    {
        return await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
            if (user is null)
            {
                return Outcome.NotFound(NoSuchMember);
            }
            var result = await change(user);
            if (result.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
            return result;
        }, cancellationToken);
    }

    /// <summary>Saves through Identity (its validation and concurrency stamp); the pending audit entry is saved with it.</summary>
    private async Task<Outcome> SaveAsync(StaffUser user, bool renewStamp, string message)
    {
        var saved = renewStamp ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user);
        return saved.Succeeded
            ? Outcome.Done(message)
            : Outcome.Conflict(string.Join(" ", saved.Errors.Select(e => e.Description)));
    }

    private Task<bool> AnotherActiveAdminAsync(int userId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id != userId && u.Role == NewsroomRole.Admin && !u.IsDisabled, cancellationToken);

    private static string IndefiniteArticle(NewsroomRole role) => role == NewsroomRole.Contributor ? "a" : "an";
}
