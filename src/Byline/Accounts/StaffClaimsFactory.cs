using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Byline.Accounts;

/// <summary>Puts the member's role and display name in the sign-in cookie; a role change renews the security stamp.</summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser>(users, options)
{
    public const string DisplayNameClaim = "byline:display-name";
    public const string PersonIdClaim = "byline:person-id";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(NewsroomPolicies.RoleClaim, user.Role.ToString()));
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.PersonId is { } personId)
        {
            identity.AddClaim(new Claim(PersonIdClaim, personId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return identity;
    }
}
