namespace Byline.Accounts;

/// <summary>Where an invitation link stands when someone opens it.</summary>
public enum InvitationState
{
    /// <summary>No invitation has this token (mistyped, truncated, or never issued).</summary>
    Unknown,

    /// <summary>Still open: the invitee can choose a password and join.</summary>
    Pending,
    Expired,
    Revoked,
    Accepted,
}
