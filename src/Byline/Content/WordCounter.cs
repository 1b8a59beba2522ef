using System.Text.RegularExpressions;

namespace Byline.Content;

public static partial class WordCounter
{
    /// <summary>
    /// A word is a run of letters or digits (with their combining marks), joined by inner apostrophes or hyphens:
    /// "state-of-the-art" and "naïve" written with a combining diaeresis are one word each.
    /// </summary>
    public static int Count(string text) => string.IsNullOrEmpty(text) ? 0 : Word().Count(text);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*")]
    private static partial Regex Word();
}
