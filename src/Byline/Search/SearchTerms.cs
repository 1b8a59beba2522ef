using System.Text.RegularExpressions;

namespace Byline.Search;

/// <summary>The words of a reader's query: runs of letters and digits, at most <see cref="MaxTerms"/>; punctuation and operators are dropped.</summary>
public static partial class SearchTerms
{
    public const int MaxTerms = 8;
    public const int MaxQueryLength = 200;

    public static IReadOnlyList<string> Parse(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : Word().Matches(query.Length > MaxQueryLength ? query[..MaxQueryLength] : query)
                .Select(m => m.Value)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(MaxTerms)
                .ToList();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*")]
    private static partial Regex Word();
}
