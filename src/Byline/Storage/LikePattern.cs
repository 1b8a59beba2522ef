namespace Byline.Storage;

/// <summary>
/// "Contains" patterns for SQL LIKE that behave the same on every engine: lowercased and escaped, to be compared with
/// the lowercased column (<c>EF.Functions.Like(SqlText.Lower(x.Name), LikePattern.Containing(q), LikePattern.Escape)</c>).
/// SQLite's LIKE ignores ASCII case and PostgreSQL's does not, so neither is relied on.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Containing(string text) => "%" + Literal(text) + "%";

    /// <summary>Matches values that begin with <paramref name="text"/>.</summary>
    public static string StartingWith(string text) => Literal(text) + "%";

    private static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToLowerInvariant()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }
}
