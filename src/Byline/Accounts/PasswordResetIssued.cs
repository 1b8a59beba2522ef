using Byline.Outcomes;

namespace Byline.Accounts;

/// <summary>
/// A new password reset link, or why none was made. The link holds the only copy of the token: it is shown to the admin
/// once and cannot be recovered later, because only the token's hash is stored.
/// </summary>
public sealed record PasswordResetIssued(Outcome Change, string? Link, DateTimeOffset ExpiresAt)
{
    public static PasswordResetIssued Created(string link, DateTimeOffset expiresAt) => new(Outcome.Done(""), link, expiresAt);

    public static PasswordResetIssued Failed(Outcome change) => new(change, null, default);
}
