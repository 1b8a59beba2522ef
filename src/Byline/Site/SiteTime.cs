using System.Globalization;

namespace Byline.Site;

/// <summary>Turns stored UTC instants into the site's own time zone for display and for dated URLs.</summary>
public sealed class SiteTime(SiteIdentity identity)
{
    private static readonly CultureInfo Display = CultureInfo.GetCultureInfo("en-GB");

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, identity.Current.TimeZone);

    /// <summary>"29 November 2026"</summary>
    public string Date(DateTimeOffset instant) => Local(instant).ToString("d MMMM yyyy", Display);

    /// <summary>"29 November 2026, 14:05"</summary>
    public string DateAndTime(DateTimeOffset instant) => Local(instant).ToString("d MMMM yyyy, HH:mm", Display);

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c> and JSON-LD.</summary>
    public static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
