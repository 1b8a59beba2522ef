namespace Byline.Accounts;

public sealed record MemberResult(StaffUser? User, IReadOnlyList<string> Errors)
{
    public bool Succeeded => User is not null;

    public static MemberResult Created(StaffUser user) => new(user, []);

    public static MemberResult Failed(params string[] errors) => new(null, errors);
}
