namespace Byline.Search;

/// <summary>What the search form offers to narrow a search by: sections, authors, and the most used tags.</summary>
public sealed record SearchFilterChoices(IReadOnlyList<SearchChoice> Sections, IReadOnlyList<SearchChoice> Authors, IReadOnlyList<SearchChoice> Tags);
