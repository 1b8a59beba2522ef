namespace Byline.Areas.Newsroom.Pages.Lookup;

/// <summary>One person the authors type-ahead offers.</summary>
public sealed record PersonChoice(int Id, string Name, string JobTitle);
