namespace Byline.Search;

/// <summary>A name in a result's byline, with the slug of the author's page.</summary>
public sealed record SearchHitAuthor(string Name, string Slug);
