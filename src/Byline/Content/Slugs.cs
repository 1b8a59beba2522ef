using System.Globalization;
using System.Text;

namespace Byline.Content;

public static class Slugs
{
    public const int MaxLength = 120;

    /// <summary>Letters that Unicode does not decompose into a base letter and an accent.</summary>
    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i",
    };

    /// <summary>"Café Society: 2026!" becomes "cafe-society-2026": lowercase ASCII letters, digits and single hyphens.</summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in Decompose(text.ToLowerInvariant()))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (Transliterations.TryGetValue(c, out var ascii))
            {
                builder.Append(ascii);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    /// <summary>
    /// Letters and their accents apart (é → e + ◌́). Normalisation throws on a noncharacter such as U+FFFE, which can
    /// arrive in any typed or imported headline; such a character separates words like any other symbol.
    /// </summary>
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes())
            {
                try
                {
                    builder.Append(rune.ToString().Normalize(NormalizationForm.FormD));
                }
                catch (ArgumentException)
                {
                    builder.Append(' ');
                }
            }
            return builder.ToString();
        }
    }

    /// <summary>True for what <see cref="From"/> can produce; anything else in a URL is not ours.</summary>
    public static bool IsWellFormed(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && Ascii.IsValid(slug) && slug == From(slug);
}
