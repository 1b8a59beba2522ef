using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Byline.Outcomes;
using Byline.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Byline.Accounts;

/// <summary>
/// One-time links with which a member sets a new password, for a forgotten password or a lockout. As with invitations
/// there is no mail server: an admin makes the link on the member's page and passes it on. The token is the member's id
/// and 32 random bytes; only the hash of the random part is stored, with its expiry, as the member's row in Identity's
/// user-token table (so a copy of the database cannot be used, and a backup carries it only with the credentials). A
/// member has at most one open link: a new one replaces it. Using it sets the password, ends a lockout and every session.
/// </summary>
public sealed class PasswordResets(BylineDb db, MemberAdministration administration, AuditLog audit, TimeProvider clock)
{
    public const string ResetPath = "/newsroom/reset-password";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private const string LoginProvider = "Byline";
    private const string TokenName = "PasswordReset";
    private const string UsedMark = "|used";

    /// <summary>Longer strings cannot be one of our tokens (an id and 43 characters); refusing them early bounds the work.</summary>
    private const int MaxTokenLength = 100;

    public async Task<PasswordResetIssued> IssueAsync(int userId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.UserId is null)
        {
            return PasswordResetIssued.Failed(Outcome.Forbidden("Only a signed-in admin can make reset links."));
        }
        var member = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.IsDisabled }).SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return PasswordResetIssued.Failed(Outcome.NotFound(MemberAdministration.NoSuchMember));
        }
        if (member.IsDisabled)
        {
            return PasswordResetIssued.Failed(Outcome.Conflict(
                $"{member.DisplayName} is disabled and cannot sign in, so no reset link was made. Enable them first if they should sign in again."));
        }

        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var expiresAt = clock.GetUtcNow() + Lifetime;
        var open = string.Create(CultureInfo.InvariantCulture, $"{Hash(secret)}|{expiresAt.ToUnixTimeSeconds()}");
        var stored = await Row(userId).SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            db.UserTokens.Add(new IdentityUserToken<int> { UserId = userId, LoginProvider = LoginProvider, Name = TokenName, Value = open });
        }
        else
        {
            stored.Value = open;
        }
        audit.Add(actor, AuditActions.PasswordResetIssued, $"user:{userId}", $"Made a password reset link for {member.DisplayName}, valid for 24 hours");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another admin made the member's first link at the same moment (both inserted the row).
            db.ChangeTracker.Clear();
            return PasswordResetIssued.Failed(Outcome.Conflict(
                $"Another admin made a reset link for {member.DisplayName} at the same moment. Make a new one, so that you know which link works."));
        }
        return PasswordResetIssued.Created(string.Create(CultureInfo.InvariantCulture, $"{ResetPath}?token={userId}.{secret}"), expiresAt);
    }

    /// <summary>Finds the member a link is for and says whether it can still be used.</summary>
    public async Task<(PasswordResetState State, StaffUser? Member)> FindAsync(string? token, CancellationToken cancellationToken)
    {
        var (state, member, _) = await LookUpAsync(token, cancellationToken);
        return (state, member);
    }

    /// <summary>When the member's open link stops working, or null when they have none.</summary>
    public async Task<DateTimeOffset?> OpenUntilAsync(int userId, CancellationToken cancellationToken)
    {
        var stored = await Row(userId).AsNoTracking().Select(t => t.Value).SingleOrDefaultAsync(cancellationToken);
        return TryParse(stored, out _, out var expiresAt, out var used) && !used && expiresAt > clock.GetUtcNow() ? expiresAt : null;
    }

    /// <summary>
    /// Claims the link with one conditional update, so two people racing with it cannot both use it; then sets the
    /// password. If the password is refused (too weak) the claim is released and the link keeps working.
    /// </summary>
    public async Task<PasswordResetOutcome> ResetAsync(string? token, string password, CancellationToken cancellationToken)
    {
        var (state, member, open) = await LookUpAsync(token, cancellationToken);
        if (state != PasswordResetState.Pending)
        {
            return new PasswordResetOutcome(state, null, []);
        }
        var userId = member!.Id;
        var usedValue = open + UsedMark;
        var claimed = await Row(userId).Where(t => t.Value == open)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, usedValue), cancellationToken);
        if (claimed == 0)
        {
            var (current, _, _) = await LookUpAsync(token, cancellationToken);
            return new PasswordResetOutcome(current, null, []);
        }

        Outcome change;
        try
        {
            change = await administration.SetPasswordAsync(userId, password, new Actor(member.Id, member.DisplayName, member.Role, member.PersonId),
                "Set a new password with a reset link", cancellationToken);
        }
        catch
        {
            await ReleaseClaimAsync(userId, open!);
            throw;
        }
        if (!change.Succeeded)
        {
            await ReleaseClaimAsync(userId, open!);
            return new PasswordResetOutcome(PasswordResetState.Pending, null, [change.Message]);
        }
        return new PasswordResetOutcome(PasswordResetState.Used, member, []);
    }

    /// <returns>The state, the member when the link is theirs, and the stored value when the link is open.</returns>
    private async Task<(PasswordResetState State, StaffUser? Member, string? Open)> LookUpAsync(string? token, CancellationToken cancellationToken)
    {
        if (!TryParseToken(token, out var userId, out var secret))
        {
            return (PasswordResetState.Unknown, null, null);
        }
        var stored = await Row(userId).AsNoTracking().Select(t => t.Value).SingleOrDefaultAsync(cancellationToken);
        if (!TryParse(stored, out var hash, out var expiresAt, out var used) || hash != Hash(secret))
        {
            return (PasswordResetState.Unknown, null, null);
        }
        var member = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        return used ? (PasswordResetState.Used, member, null)
            : expiresAt <= clock.GetUtcNow() ? (PasswordResetState.Expired, member, null)
            : member.IsDisabled ? (PasswordResetState.Withdrawn, member, null)
            : (PasswordResetState.Pending, member, stored);
    }

    private IQueryable<IdentityUserToken<int>> Row(int userId) =>
        db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == TokenName);

    /// <summary>Only this request can hold the claim (it needed the open value), so the used value alone is enough.</summary>
    private async Task ReleaseClaimAsync(int userId, string open)
    {
        var usedValue = open + UsedMark;
        // Not cancellable: a cancelled request must not leave the link used by nobody.
        await Row(userId).Where(t => t.Value == usedValue)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, open), CancellationToken.None);
    }

    private static bool TryParseToken(string? token, out int userId, [NotNullWhen(true)] out string? secret)
    {
        userId = 0;
        secret = null;
        var trimmed = token?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxTokenLength)
        {
            return false;
        }
        var dot = trimmed.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == trimmed.Length - 1 || !int.TryParse(trimmed.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out userId))
        {
            return false;
        }
        secret = trimmed[(dot + 1)..];
        return true;
    }

    /// <summary>Reads a stored value: <c>{hash}|{expiry in Unix seconds}</c>, with <c>|used</c> after it once used.</summary>
    private static bool TryParse(string? stored, [NotNullWhen(true)] out string? hash, out DateTimeOffset expiresAt, out bool used)
    {
        hash = null;
        expiresAt = default;
        var parts = (stored ?? "").Split('|');
        used = parts.Length == 3 && parts[2] == UsedMark[1..];
        if (parts.Length is not (2 or 3) || (parts.Length == 3 && !used)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }
        hash = parts[0];
        expiresAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
