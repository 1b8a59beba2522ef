namespace Byline.Accounts;

/// <summary>
/// A private address for an author profile that has no newsroom account yet (an author brought in by an import), so
/// an admin can invite them to take the profile over. Never shown outside the newsroom's People pages.
/// </summary>
public sealed class AuthorContact
{
    public const int EmailMaxLength = 256;

    public int PersonId { get; set; }
    public required string Email { get; set; }
}
