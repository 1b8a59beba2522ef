namespace Byline.Accounts;

public enum MemberChangeOutcome
{
    Done,
    Refused,
    NotFound,
}
