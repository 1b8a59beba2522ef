namespace Byline.Accounts;

/// <summary>Where a password reset link stands when someone opens it.</summary>
public enum PasswordResetState
{
    /// <summary>No open link has this token (mistyped, truncated, replaced by a newer link, or never made).</summary>
    Unknown,

    /// <summary>Still open: the member can choose a new password.</summary>
    Pending,
    Expired,
    Used,

    /// <summary>The member it was made for is disabled and cannot sign in.</summary>
    Withdrawn,
}
