using Byline.Accounts;

namespace Byline.Planning;

/// <summary>Who may do what on the plan. Every member reads it: it is the newsroom's plan, not a private list.</summary>
public static class PlanAccess
{
    /// <summary>Editors and admins make, change, cancel and reopen assignments.</summary>
    public static bool CanManage(Actor actor) => actor?.IsAtLeast(NewsroomRole.Editor) == true;

    /// <summary>A reporter on the assignment starts its story; so may an editor, for them.</summary>
    public static bool CanStart(Actor actor, IEnumerable<int> reporterUserIds)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(reporterUserIds);
        return CanManage(actor) || (actor.UserId is { } me && reporterUserIds.Contains(me));
    }
}
