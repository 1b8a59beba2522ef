using System.Text;

namespace Byline.Content;

/// <summary>
/// A typesetter's punctuation for plain text a writer types on a keyboard: curly quotes and apostrophes, en and em
/// dashes, ellipses. Headlines and standfirsts are stored as typed (the newsroom's field shows what was written; feeds
/// and the API carry it as is) and set with this when a reader page shows them, so they match the body, which Markdig's
/// SmartyPants sets the same way (<see cref="ArticleRenderer"/>). Unlike SmartyPants it never leaves a straight quote:
/// a quote without its partner still curls the way its place says.
/// </summary>
public static class Typography
{
    /// <summary>Sets <paramref name="text"/>'s punctuation; <c>null</c> stays <c>null</c>.</summary>
    public static string? Smart(string? text) => text is null ? null : Smart(text, '\0');

    /// <summary>
    /// Sets the punctuation of <paramref name="text"/>, which follows <paramref name="preceding"/> (<c>'\0'</c> at the
    /// start of a block): a run of text cut by markup, such as <c>"&lt;em&gt;Yes&lt;/em&gt;"</c>, curls its quotes
    /// as the whole would.
    /// </summary>
    public static string Smart(string text, char preceding)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("\"'.-") < 0)
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = result.Length == 0 ? preceding : result[^1];
            var after = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (c)
            {
                case '.' when After(text, i, "..."):
                    result.Append('…');
                    i += 2;
                    break;
                case '-' when After(text, i, "---"):
                    result.Append('—');
                    i += 2;
                    break;
                case '-' when after == '-':
                    result.Append('–');
                    i += 1;
                    break;
                case '"':
                    result.Append(Opens(before, after) ? '“' : '”');
                    break;
                case '\'':
                    result.Append(Opens(before, after) && !char.IsDigit(after) ? '‘' : '’');
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }

    private static bool After(string text, int index, string run) =>
        string.CompareOrdinal(text, index, run, 0, run.Length) == 0;

    /// <summary>
    /// A quote opens at the start, after a space or an opening bracket or quote, and after a dash when a word follows
    /// ("Yes"—"no"); anywhere else (after a letter, a full stop, a comma) it closes, as an apostrophe does.
    /// </summary>
    private static bool Opens(char before, char after) =>
        before == '\0' || char.IsWhiteSpace(before) || "([{“‘".Contains(before, StringComparison.Ordinal)
        || ("—–-/".Contains(before, StringComparison.Ordinal) && char.IsLetterOrDigit(after));
}
