namespace Byline.Search;

/// <summary>A request read from a query string, and what was wrong with it (parameter name → message for a reader).</summary>
public sealed record SearchRequestReading(SearchRequest Request, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
