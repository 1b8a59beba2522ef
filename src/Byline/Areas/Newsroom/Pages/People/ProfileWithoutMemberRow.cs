namespace Byline.Areas.Newsroom.Pages.People;

/// <summary>An author profile nobody in the newsroom holds (an imported or sample byline), as the People list shows it.</summary>
public sealed record ProfileWithoutMemberRow(int PersonId, string Name, string Slug, int Stories, string? Email, bool Invited);
