using System.Globalization;

namespace Byline.Transfer.WordPress;

/// <summary>
/// The dates of an export: WordPress writes "2026-03-04 09:15:00" (GMT and local), and an RFC 1123 pubDate; files
/// edited by hand or by plugins bring other shapes. "0000-00-00 00:00:00" means "not set" (a draft never published).
/// </summary>
internal static class WxrDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss 'UT'",
        "ddd, d MMM yyyy HH:mm:ss 'GMT'", "dd MMM yyyy HH:mm:ss zzz", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd",
    ];

    public static bool IsUnset(string value) => string.IsNullOrWhiteSpace(value) || value.StartsWith("0000-00-00", StringComparison.Ordinal);

    /// <summary>The instant the text names, taking a value without an offset as UTC; null when it is unset or unreadable.</summary>
    public static DateTimeOffset? Parse(string value)
    {
        if (IsUnset(value))
        {
            return null;
        }
        var text = value.Trim().Replace(" +0000", " +00:00", StringComparison.Ordinal);
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            return exact.ToUniversalTime();
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose) && loose.Year is > 1970 and < 2200
            ? loose.ToUniversalTime()
            : null;
    }
}
