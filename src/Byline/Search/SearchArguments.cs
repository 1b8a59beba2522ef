using Microsoft.AspNetCore.Mvc;

namespace Byline.Search;

/// <summary>The search's query-string parameters as typed, bound the same way by the search page and the search API.</summary>
public sealed class SearchArguments
{
    [FromQuery(Name = SearchParameters.Query)]
    public string? Q { get; init; }

    [FromQuery(Name = SearchParameters.Section)]
    public string? Section { get; init; }

    [FromQuery(Name = SearchParameters.Author)]
    public string? Author { get; init; }

    [FromQuery(Name = SearchParameters.Tag)]
    public string? Tag { get; init; }

    [FromQuery(Name = SearchParameters.From)]
    public string? From { get; init; }

    [FromQuery(Name = SearchParameters.To)]
    public string? To { get; init; }

    [FromQuery(Name = SearchParameters.Sort)]
    public string? Sort { get; init; }

    [FromQuery(Name = SearchParameters.Page)]
    public string? Page { get; init; }

    public SearchRequestReading Read() => SearchParameters.Read(Q, Section, Author, Tag, From, To, Sort, Page);
}
