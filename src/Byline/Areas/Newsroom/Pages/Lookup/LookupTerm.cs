using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Lookup;

/// <summary>
/// What the type-ahead lookups share: how long a search may be and how many choices one answer holds. A lookup answers
/// while someone types, so it returns a short list (names that start with the text, then names that contain it).
/// </summary>
public static class LookupTerm
{
    /// <summary>Longer than any person's or tag's name: more is not a search, and it would only cost the database.</summary>
    public const int MaxLength = 120;

    public const int Limit = 20;

    /// <summary>A 400 with a message when <paramref name="q"/> is too long to be a name; otherwise null.</summary>
    public static JsonResult? Refusal(string? q) =>
        q is { Length: > MaxLength }
            ? new JsonResult(new { message = $"Type at most {MaxLength} characters to search." }) { StatusCode = StatusCodes.Status400BadRequest }
            : null;
}
