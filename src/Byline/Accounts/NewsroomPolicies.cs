using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Byline.Accounts;

/// <summary>
/// The authorization policies of the newsroom, one per row of the role table: each allows its role and every role
/// above it. Pages and endpoints name a policy; nothing is only hidden in a menu.
/// </summary>
public static class NewsroomPolicies
{
    /// <summary>Any signed-in newsroom member: write own drafts, submit them for review.</summary>
    public const string Member = "newsroom-member";

    /// <summary>Authors and up: publish, schedule and unpublish their own stories; upload media.</summary>
    public const string Publisher = "newsroom-publisher";

    /// <summary>Editors and up: edit, publish and correct anyone's stories; moderate comments; sections and tags.</summary>
    public const string Editor = "newsroom-editor";

    /// <summary>Admins: people, roles, site settings, the audit log.</summary>
    public const string Admin = "newsroom-admin";

    public const string RoleClaim = ClaimTypes.Role;

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Member, p => p.RequireAuthenticatedUser().RequireAssertion(c => RoleOf(c.User) >= NewsroomRole.Contributor));
        options.AddPolicy(Publisher, p => p.RequireAuthenticatedUser().RequireAssertion(c => RoleOf(c.User) >= NewsroomRole.Author));
        options.AddPolicy(Editor, p => p.RequireAuthenticatedUser().RequireAssertion(c => RoleOf(c.User) >= NewsroomRole.Editor));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireAssertion(c => RoleOf(c.User) >= NewsroomRole.Admin));
    }

    public static NewsroomRole? RoleOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Enum.TryParse<NewsroomRole>(user.FindFirstValue(RoleClaim), out var role) ? role : null;
    }
}
