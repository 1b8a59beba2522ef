using System.Globalization;
using Byline.Content;

namespace Byline.ContentApi;

/// <summary>The query of <c>GET /api/v1/stories</c>, as sent; <see cref="Read"/> checks it and says what is wrong in words.</summary>
public sealed class StoryListArguments
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>A section's slug: only its stories.</summary>
    public string? Section { get; init; }

    /// <summary>A tag's slug: only stories with it.</summary>
    public string? Tag { get; init; }

    /// <summary>An author's slug: only stories they wrote.</summary>
    public string? Author { get; init; }

    /// <summary>news, analysis, opinion, review, explainer or sponsored.</summary>
    public string? Type { get; init; }

    /// <summary>Published at or after this time (ISO 8601; a date alone is its midnight, UTC).</summary>
    public string? Since { get; init; }

    /// <summary>Published before this time (ISO 8601; a date alone is its midnight, UTC).</summary>
    public string? Until { get; init; }

    /// <summary>Published or updated at or after this time: what changed since a client last looked.</summary>
    public string? UpdatedSince { get; init; }

    /// <summary>Stories per page, 1 to 100 (20 when not given).</summary>
    public string? Limit { get; init; }

    /// <summary>The <c>next</c> address's cursor: the page after the one that gave it.</summary>
    public string? After { get; init; }

    public (StoryListQuery Query, IReadOnlyDictionary<string, string[]> Errors) Read()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        StoryKind? kind = null;
        if (!string.IsNullOrWhiteSpace(Type))
        {
            if (StoryKinds.TryParse(Type, out var parsed))
            {
                kind = parsed;
            }
            else
            {
                errors["type"] = [$"type must be one of {StoryKinds.AllNames}; “{Type}” is not."];
            }
        }
        var since = Time("since", Since, errors);
        var until = Time("until", Until, errors);
        var updatedSince = Time("updatedSince", UpdatedSince, errors);
        var limit = ApiArguments.Limit(Limit, DefaultLimit, MaxLimit, out var limitError);
        if (limitError is not null)
        {
            errors["limit"] = [limitError];
        }
        StoryCursor? after = null;
        if (!string.IsNullOrEmpty(After))
        {
            if (StoryCursor.TryDecode(After, out var cursor))
            {
                after = cursor;
            }
            else
            {
                errors["after"] = ["after is not a cursor this API gave: use the next address of a page as it is."];
            }
        }
        return (new StoryListQuery(Clean(Section), Clean(Tag), Clean(Author), kind, since, until, updatedSince, limit, after), errors);
    }

    private static string? Clean(string? slug) => string.IsNullOrWhiteSpace(slug) ? null : slug.Trim().ToLowerInvariant();

    private static DateTimeOffset? Time(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }
        errors[name] = [$"{name} must be a date or a time in ISO 8601, for example 2026-03-10 or 2026-03-10T08:00:00Z; “{text}” is not."];
        return null;
    }
}

/// <summary>A checked <see cref="StoryListArguments"/>: slugs lower-cased, times in UTC.</summary>
public sealed record StoryListQuery(
    string? Section,
    string? Tag,
    string? Author,
    StoryKind? Kind,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    DateTimeOffset? UpdatedSince,
    int Limit,
    StoryCursor? After);
