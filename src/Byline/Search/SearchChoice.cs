namespace Byline.Search;

/// <summary>One option of a search filter: the slug it sends and the name it shows.</summary>
public sealed record SearchChoice(string Slug, string Name);
