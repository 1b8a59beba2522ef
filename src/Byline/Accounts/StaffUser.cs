using Byline.Content;
using Microsoft.AspNetCore.Identity;

namespace Byline.Accounts;

/// <summary>A person who signs in to the newsroom. Their public author profile, if they write, is <see cref="Person"/>.</summary>
public sealed class StaffUser : IdentityUser<int>
{
    public const int DisplayNameMaxLength = 120;

    public required string DisplayName { get; set; }
    public NewsroomRole Role { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool IsDisabled { get; set; }
}
