namespace Byline.Accounts;

/// <summary>A newsroom member's role; each role can do everything the ones before it can.</summary>
public enum NewsroomRole
{
    Contributor = 1,
    Author = 2,
    Editor = 3,
    Admin = 4,
}
