using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Byline.Search;

/// <summary>
/// The one definition of a word that the query parser, the index writers and the snippets share, so that both engines
/// and the highlighting agree: a run of letters or digits with their combining marks. Folding drops accents and case
/// (Rodríguez → rodriguez), the same fold FTS5's <c>remove_diacritics 2</c> and PostgreSQL's <c>unaccent</c> apply.
/// </summary>
public static partial class SearchText
{
    /// <summary>Longer "words" are not words (a pasted hash, a run of one letter): they are never searched for.</summary>
    public const int MaxWordLength = 64;

    /// <summary>
    /// Text made safe to index, parse or show: control characters (including the snippet sentinels) and lone halves of
    /// surrogate pairs become spaces, and the rest is put in Unicode normal form C, so "é" is one character everywhere.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lonely = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            var bad = lonely || (char.IsControl(c) && c is not ('\n' or '\t')) || c is '\uFFFE' or '\uFFFF';
            if (bad && cleaned is null)
            {
                cleaned = new StringBuilder(text.Length).Append(text, 0, i);
            }
            if (cleaned is not null)
            {
                cleaned.Append(bad ? ' ' : c);
            }
        }
        var result = cleaned?.ToString() ?? text;
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of <paramref name="text"/> in order, with where each stands in it.</summary>
    public static MatchCollection Words(string text) => Word().Matches(text);

    /// <summary>A word (or a whole text) without its accents, in lower case: what both engines compare.</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Ascii.IsValid(word))
        {
            // ASCII has no accents to drop: lower case is the whole fold.
            return word.ToLowerInvariant();
        }
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                kept.Append(c);
            }
        }
        return kept.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>
    /// The text as its words only, lower-cased and one space apart: what PostgreSQL's parser is given, so that "3.5",
    /// "night-tram" or an email address become the same words FTS5's unicode61 tokenizer sees, at the same positions.
    /// </summary>
    public static string WordsOnly(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new StringBuilder(text.Length);
        foreach (Match word in Word().Matches(text))
        {
            if (words.Length > 0)
            {
                words.Append(' ');
            }
            words.Append(word.ValueSpan);
        }
        return words.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// The readable text of a story's stored (sanitized) HTML: tags removed, block ends kept as line breaks, entities
    /// decoded. Attribute values are skipped whole, so an image's alt text with a "&gt;" in it leaves nothing behind.
    /// </summary>
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }
        // An embed's button and its note on sharing data are the page's words, not the story's.
        var text = EmbedConsent().Replace(html, "\n");
        text = BlockTag().Replace(text, "\n");
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = Spaces().Replace(text, " ");
        return Clean(BlankLines().Replace(text, "\n").Trim());
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*")]
    internal static partial Regex Word();

    [GeneratedRegex("""</?(?:p|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|thead|tbody|tr|td|th|br|hr|div|pre|dl|dt|dd)\b(?:[^>"']|"[^"]*"|'[^']*')*>""", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex("""<(?:[^>"']|"[^"]*"|'[^']*')*>""")]
    private static partial Regex AnyTag();

    [GeneratedRegex("""<p class="embed__consent"[^>]*>.*?</p>""", RegexOptions.Singleline)]
    private static partial Regex EmbedConsent();

    /// <summary>Runs of spaces to make one space; a lone space is one already, and matching each was nearly half the work of <see cref="FromHtml"/>.</summary>
    [GeneratedRegex(@"[ \t\r\f\v\u00A0]{2,}|[\t\r\f\v\u00A0]")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex BlankLines();
}
