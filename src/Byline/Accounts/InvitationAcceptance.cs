namespace Byline.Accounts;

/// <summary>The outcome of accepting an invitation: the new member, or why the link no longer works, or what to fix.</summary>
public sealed record InvitationAcceptance(InvitationState State, StaffUser? Member, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Member is not null;
}
