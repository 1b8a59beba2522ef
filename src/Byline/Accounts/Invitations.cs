using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Byline.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Byline.Accounts;

/// <summary>
/// Invitations to join the newsroom. There is no mail server: an admin creates an invitation, passes the one-time link
/// on, and the invitee opens it, chooses a password and becomes a member with the role the admin chose. The token is 32
/// random bytes; only its SHA-256 hash is stored, so a copy of the database cannot be used to join.
/// </summary>
public sealed class Invitations(BylineDb db, NewsroomMembers members, AuditLog audit, ILookupNormalizer normalizer, TimeProvider clock)
{
    public const string AcceptPath = "/newsroom/invitation";

    /// <summary>Longer strings cannot be one of our tokens (43 characters); refusing them early bounds the hashing work.</summary>
    private const int MaxTokenLength = 100;

    /// <param name="personId">An author profile without a member (an imported author's) for the invitee to take over.</param>
    public async Task<InvitationIssued> CreateAsync(string email, string displayName, NewsroomRole role, Actor actor,
        CancellationToken cancellationToken, int? personId = null)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.UserId is not { } inviterId)
        {
            return InvitationIssued.Failed("Only a signed-in admin can invite people.");
        }
        var address = email.Trim();
        var name = displayName.Trim();
        if (address.Length is 0 or > 256 || !address.Contains('@', StringComparison.Ordinal))
        {
            return InvitationIssued.Failed("Enter the person's email address, for example name@example.org.");
        }
        if (name.Length is 0 or > StaffUser.DisplayNameMaxLength)
        {
            return InvitationIssued.Failed($"A name is required, at most {StaffUser.DisplayNameMaxLength} characters.");
        }
        if (!Enum.IsDefined(role))
        {
            return InvitationIssued.Failed("The role must be admin, editor, author or contributor.");
        }

        var normalized = normalizer.NormalizeEmail(address);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            return InvitationIssued.Failed("Someone with this email address is already a member of the newsroom.");
        }
        var now = clock.GetUtcNow();
        if (personId is { } profile && await ProfileRefusalAsync(profile, now, cancellationToken) is { } refusal)
        {
            return InvitationIssued.Failed(refusal);
        }
        // Open invitations are few; comparing addresses here avoids case-folding SQL that differs between engines.
        var open = await db.Invitations.AsNoTracking()
            .Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .Select(i => i.Email).ToListAsync(cancellationToken);
        if (open.Contains(address, StringComparer.OrdinalIgnoreCase))
        {
            return InvitationIssued.Failed("This person already has an open invitation. Revoke it first to send a new link.");
        }

        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var invitation = new Invitation
        {
            TokenHash = Hash(token),
            Email = address,
            DisplayName = name,
            Role = role,
            PersonId = personId,
            CreatedById = inviterId,
            CreatedAt = now,
            ExpiresAt = now + Invitation.Lifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        // The subject needs the new id, so the entry follows the insert; the invitation is useless until the link is
        // passed on, so an invitation without its entry (a crash in between) grants nothing unrecorded.
        await audit.RecordAsync(actor, AuditActions.InvitationCreated, $"invitation:{invitation.Id}", $"Invited {name} as {role}", cancellationToken);
        return InvitationIssued.Created(invitation, $"{AcceptPath}?token={token}");
    }

    /// <summary>Finds the invitation a link points to and says whether it can still be accepted.</summary>
    public async Task<(InvitationState State, Invitation? Invitation)> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > MaxTokenLength)
        {
            return (InvitationState.Unknown, null);
        }
        var hash = Hash(token.Trim());
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return (invitation is null ? InvitationState.Unknown : StateOf(invitation), invitation);
    }

    /// <summary>
    /// Claims the invitation with one conditional update, so two people racing with the same link cannot both join;
    /// then creates the member. If the member cannot be created (a weak password, an address taken meanwhile) the
    /// claim is released and the link keeps working.
    /// </summary>
    public async Task<InvitationAcceptance> AcceptAsync(string? token, string password, CancellationToken cancellationToken)
    {
        var (state, invitation) = await FindAsync(token, cancellationToken);
        if (state != InvitationState.Pending)
        {
            return new InvitationAcceptance(state, null, []);
        }
        var now = clock.GetUtcNow();
        var id = invitation!.Id;
        var claimed = await db.Invitations
            .Where(i => i.Id == id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now), cancellationToken);
        if (claimed == 0)
        {
            var (current, _) = await FindAsync(token, cancellationToken);
            return new InvitationAcceptance(current, null, []);
        }

        MemberResult created;
        try
        {
            var inviter = await db.Users.AsNoTracking().Where(u => u.Id == invitation.CreatedById)
                .Select(u => new Actor(u.Id, u.DisplayName, u.Role, u.PersonId)).SingleOrDefaultAsync(cancellationToken);
            created = await members.CreateAsync(invitation.Email, invitation.DisplayName, invitation.Role, password,
                inviter ?? Actor.System("Invitation"), cancellationToken, invitation.PersonId);
        }
        catch
        {
            await ReleaseClaimAsync(id);
            throw;
        }
        if (!created.Succeeded)
        {
            await ReleaseClaimAsync(id);
            return new InvitationAcceptance(InvitationState.Pending, null, created.Errors);
        }

        var member = created.User!;
        await audit.RecordAsync(new Actor(member.Id, member.DisplayName, member.Role, member.PersonId), AuditActions.InvitationAccepted,
            $"invitation:{id}", $"{member.DisplayName} accepted the invitation and joined as {member.Role}", cancellationToken);
        return new InvitationAcceptance(InvitationState.Accepted, member, []);
    }

    /// <summary>Withdraws an open invitation; its link stops working at once.</summary>
    public async Task<bool> RevokeAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = clock.GetUtcNow();
        return await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var revoked = await db.Invitations
                .Where(i => i.Id == id && i.AcceptedAt == null && i.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.RevokedAt, now), cancellationToken);
            if (revoked == 0)
            {
                return false;
            }
            var name = await db.Invitations.Where(i => i.Id == id).Select(i => i.DisplayName).SingleAsync(cancellationToken);
            audit.Add(actor, AuditActions.InvitationRevoked, $"invitation:{id}", $"Revoked the invitation for {name}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }

    private async Task<string?> ProfileRefusalAsync(int personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
        {
            return "That author profile does not exist any more.";
        }
        if (await db.Users.AnyAsync(u => u.PersonId == personId, cancellationToken))
        {
            return "That author profile already belongs to a member of the newsroom.";
        }
        if (await db.Invitations.AnyAsync(i => i.PersonId == personId && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now, cancellationToken))
        {
            return "That author already has an open invitation. Revoke it first to send a new link.";
        }
        return null;
    }

    public InvitationState StateOf(Invitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return invitation switch
        {
            { AcceptedAt: not null } => InvitationState.Accepted,
            { RevokedAt: not null } => InvitationState.Revoked,
            _ when invitation.ExpiresAt <= clock.GetUtcNow() => InvitationState.Expired,
            _ => InvitationState.Pending,
        };
    }

    /// <summary>Only this request can hold the claim (the claim needed AcceptedAt to be empty), so the id alone is enough.</summary>
    private async Task ReleaseClaimAsync(int id) =>
        // Not cancellable: a cancelled request must not leave the invitation claimed by nobody.
        await db.Invitations.Where(i => i.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, (DateTimeOffset?)null), CancellationToken.None);

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
