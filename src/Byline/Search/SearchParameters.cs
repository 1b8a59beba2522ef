using System.Globalization;
using Byline.Content;
using Byline.Web;

namespace Byline.Search;

/// <summary>
/// Reads the search parameters the page and the API share (<c>q, section, author, tag, from, to, sort, page</c>) from
/// their raw text, with a message for each one that is not in a form we understand. Whether a slug names something is
/// <see cref="SearchFilters"/>' question.
/// </summary>
public static class SearchParameters
{
    public const string Query = "q";
    public const string Section = "section";
    public const string Author = "author";
    public const string Tag = "tag";
    public const string From = "from";
    public const string To = "to";
    public const string Sort = "sort";
    public const string Page = "page";

    /// <summary>Every key that changes a search: the output cache varies by exactly these.</summary>
    public static readonly string[] All = [Query, Section, Author, Tag, From, To, Sort, Page];

    public const string Newest = "newest";
    public const string Relevance = "relevance";

    public static SearchRequestReading Read(string? q, string? section, string? author, string? tag, string? from, string? to, string? sort, string? page)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = SearchQuery.Parse(q);
        if (query.Problem is { } problem)
        {
            errors[Query] = problem;
        }
        if (!PageNumber.TryParse(page, out var number, out var pageError))
        {
            errors[Page] = pageError;
        }
        var order = (sort ?? "").Trim().ToLowerInvariant() switch
        {
            "" or Relevance => SearchSort.Relevance,
            Newest => SearchSort.Newest,
            _ => (SearchSort?)null,
        };
        if (order is null)
        {
            errors[Sort] = $"Sort by “{Relevance}” or “{Newest}”.";
        }
        var request = new SearchRequest(query)
        {
            Section = Slug(section, Section, "section", errors),
            Author = Slug(author, Author, "author", errors),
            Tag = Slug(tag, Tag, "tag", errors),
            From = Day(from, From, errors),
            To = Day(to, To, errors),
            Sort = order ?? SearchSort.Relevance,
            Page = number,
        };
        if (request.From > request.To)
        {
            errors[To] = "The end date is before the start date: swap them, or leave one empty.";
        }
        return new SearchRequestReading(request, errors);
    }

    private static string? Slug(string? raw, string key, string what, Dictionary<string, string> errors)
    {
        var slug = (raw ?? "").Trim();
        if (slug.Length == 0)
        {
            return null;
        }
        if (slug.Length > Slugs.MaxLength || !Slugs.IsWellFormed(slug))
        {
            errors[key] = $"“{Shorten(slug)}” is not the address of a {what}: it is written in lowercase letters, digits and hyphens, such as harbour-row.";
            return null;
        }
        return slug;
    }

    private static DateOnly? Day(string? raw, string key, Dictionary<string, string> errors)
    {
        var text = (raw ?? "").Trim();
        if (text.Length == 0)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year is < 1900 or > 9000)
        {
            errors[key] = $"“{Shorten(text)}” is not a date: write it as year-month-day, for example 2024-03-31.";
            return null;
        }
        return day;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
