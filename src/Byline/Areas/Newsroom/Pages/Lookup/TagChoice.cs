namespace Byline.Areas.Newsroom.Pages.Lookup;

/// <summary>One existing tag the tags type-ahead offers.</summary>
public sealed record TagChoice(int Id, string Name, string Slug);
