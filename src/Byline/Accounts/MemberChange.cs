namespace Byline.Accounts;

/// <summary>What became of an admin's change to a member: done, refused with a reason, or no such member.</summary>
public sealed record MemberChange(MemberChangeOutcome Outcome, string Message)
{
    public static MemberChange Done(string message) => new(MemberChangeOutcome.Done, message);

    public static MemberChange Refused(string message) => new(MemberChangeOutcome.Refused, message);

    public static readonly MemberChange NotFound = new(MemberChangeOutcome.NotFound, "There is no such member.");
}
