namespace Byline.Content;

/// <summary>The site's moderation rules, as set in the newsroom (each on by default).</summary>
public sealed record CommentRules(bool HoldFirstComments, int? MaxLinks, IReadOnlyList<string> BlockedWords, IReadOnlyList<string> HeldWords)
{
    public static readonly CommentRules Defaults = new(true, 2, [], []);

    /// <summary>One word or phrase per line (commas also separate); blank lines and duplicates dropped.</summary>
    public static IReadOnlyList<string> ParseList(string? text) =>
        (text ?? "").Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
