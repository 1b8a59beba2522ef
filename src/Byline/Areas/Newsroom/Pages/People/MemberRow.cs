using Byline.Accounts;

namespace Byline.Areas.Newsroom.Pages.People;

/// <summary>One member as the People list shows them.</summary>
public sealed record MemberRow(int Id, string Name, string Email, NewsroomRole Role, bool TwoFactor, bool LockedOut, bool Disabled);
