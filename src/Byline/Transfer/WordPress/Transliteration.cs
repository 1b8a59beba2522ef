using System.Globalization;
using System.Text;

namespace Byline.Transfer.WordPress;

/// <summary>
/// Greek (after ELOT 743, simplified) and Cyrillic (Russian, Ukrainian, Bulgarian, Serbian) letters spelled in Latin, so that a
/// slug in those scripts stays readable. Accents are dropped first; every other character passes through unchanged.
/// </summary>
internal static class Transliteration
{
    private static readonly Dictionary<string, string> Pairs = new(StringComparer.Ordinal)
    {
        ["ου"] = "ou", ["γγ"] = "ng",
    };

    private static readonly Dictionary<char, string> Letters = new()
    {
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th",
        ['ι'] = "i", ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p",
        ['ρ'] = "r", ['σ'] = "s", ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps",
        ['ω'] = "o",
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['і'] = "i", ['ї'] = "yi", ['є'] = "ye", ['ґ'] = "g", ['ђ'] = "dj", ['ј'] = "j", ['љ'] = "lj",
        ['њ'] = "nj", ['ћ'] = "c", ['џ'] = "dz",
    };

    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            // A letter of its own (й is not и with a breve) stays; an accented one (ά, é) loses its accent.
            plain.Append(Letters.ContainsKey(c) ? c.ToString() : WithoutAccents(c));
        }
        var latin = new StringBuilder(plain.Length * 2);
        for (var i = 0; i < plain.Length; i++)
        {
            if (i + 1 < plain.Length && Pairs.TryGetValue(plain.ToString(i, 2), out var pair))
            {
                latin.Append(pair);
                i++;
            }
            else
            {
                latin.Append(Letters.TryGetValue(plain[i], out var spelled) ? spelled : plain[i].ToString());
            }
        }
        return latin.ToString();
    }

    private static string WithoutAccents(char c) =>
        string.Concat(c.ToString().Normalize(NormalizationForm.FormD).Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark));
}
