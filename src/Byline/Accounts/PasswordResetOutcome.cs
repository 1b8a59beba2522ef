namespace Byline.Accounts;

/// <summary>The outcome of using a reset link: the member with the new password, or why the link no longer works, or what to fix.</summary>
public sealed record PasswordResetOutcome(PasswordResetState State, StaffUser? Member, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Member is not null;
}
