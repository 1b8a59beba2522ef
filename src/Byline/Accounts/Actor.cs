using System.Globalization;
using System.Security.Claims;

namespace Byline.Accounts;

/// <summary>Who is doing something: a signed-in member, or the system itself (the scheduler, the command line).</summary>
public sealed record Actor(int? UserId, string Name, NewsroomRole Role, int? PersonId)
{
    public static Actor System(string name) => new(null, name, NewsroomRole.Admin, null);

    public static Actor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var person = user.FindFirstValue(StaffClaimsFactory.PersonIdClaim);
        return new Actor(
            id is null ? null : int.Parse(id, CultureInfo.InvariantCulture),
            user.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "unknown",
            NewsroomPolicies.RoleOf(user) ?? NewsroomRole.Contributor,
            person is null ? null : int.Parse(person, CultureInfo.InvariantCulture));
    }

    public bool IsAtLeast(NewsroomRole role) => Role >= role;
}
