using Byline.Content;

namespace Byline.Transfer.WordPress;

/// <summary>
/// Byline's slugs from WordPress's: WordPress keeps non-Latin slugs percent-encoded ("%ce%bb%ce%b9…"), and Byline's
/// slugs are ASCII. The slug is decoded, Greek and Cyrillic letters are spelled in Latin, and a slug that lost every
/// letter it had (a script with no spelling here) is refused rather than cut down to its digits ("新闻-2" is not "2").
/// </summary>
internal static class WordPressSlugs
{
    /// <summary>The slug for <paramref name="text"/> (a WordPress slug or a name), or "" when none can be made.</summary>
    public static string From(string text)
    {
        var decoded = Uri.UnescapeDataString(text);
        var slug = Slugs.From(Transliteration.ToLatin(decoded));
        return slug.Any(char.IsAsciiLetter) || !decoded.Any(char.IsLetter) ? slug : "";
    }
}
