namespace Byline.Accounts;

/// <summary>A one-time invitation link an admin passes on; only the hash of its token is stored.</summary>
public sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public int Id { get; set; }
    public required string TokenHash { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public NewsroomRole Role { get; set; }

    /// <summary>The author profile the new member takes over (an imported author's), or none for a new profile.</summary>
    public int? PersonId { get; set; }
    public int CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
