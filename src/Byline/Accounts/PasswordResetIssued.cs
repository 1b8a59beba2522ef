namespace Byline.Accounts;

/// <summary>
/// A new password reset link, or why none was made. The link holds the only copy of the token: it is shown to the admin
/// once and cannot be recovered later, because only the token's hash is stored.
/// </summary>
public sealed record PasswordResetIssued(MemberChange Change, string? Link, DateTimeOffset ExpiresAt)
{
    public static PasswordResetIssued Created(string link, DateTimeOffset expiresAt) => new(MemberChange.Done(""), link, expiresAt);

    public static PasswordResetIssued Failed(MemberChange change) => new(change, null, default);
}
