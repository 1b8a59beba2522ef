using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Byline.ContentApi;

/// <summary>The checks and refusals that several endpoints of the API share.</summary>
internal static class ApiArguments
{
    /// <summary>
    /// A page size from <paramref name="text"/>: <paramref name="fallback"/> when not given, otherwise a whole number from
    /// 1 to <paramref name="max"/>; the message says what is wrong in words when it is not.
    /// </summary>
    public static int Limit(string? text, int fallback, int max, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= max)
        {
            return limit;
        }
        error = $"limit must be a whole number from 1 to {max}; “{text}” is not.";
        return fallback;
    }

    /// <summary>The 404 for a story id that names no published story.</summary>
    public static ProblemHttpResult NoSuchStory(HttpContext context, int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such story",
            detail: string.Create(CultureInfo.InvariantCulture, $"No published story has the id {id}."), instance: context.Request.Path.Value);
}
