namespace Byline.Accounts;

/// <summary>
/// A new invitation and its one-time link. The link holds the only copy of the token: it is shown to the admin once
/// and cannot be recovered later, because only the token's hash is stored.
/// </summary>
public sealed record InvitationIssued(Invitation? Invitation, string? Link, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Invitation is not null;

    public static InvitationIssued Created(Invitation invitation, string link) => new(invitation, link, []);

    public static InvitationIssued Failed(params string[] errors) => new(null, null, errors);
}
