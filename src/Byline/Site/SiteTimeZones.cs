using System.Globalization;

namespace Byline.Site;

/// <summary>The IANA time zones an admin can choose for the site, as the server's time zone database knows them.</summary>
public static class SiteTimeZones
{
    private static readonly Lazy<IReadOnlyList<TimeZoneChoice>> Choices = new(Load);

    public static IReadOnlyList<TimeZoneChoice> All => Choices.Value;

    public static bool IsListed(string? id) => id is not null && All.Any(z => z.Id == id);

    private static List<TimeZoneChoice> Load() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Select(zone => (Zone: zone, Id: zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null))
            .Where(z => z.Id is not null)
            .DistinctBy(z => z.Id)
            .Select(z => new TimeZoneChoice(z.Id!, Label(z.Id!, z.Zone.BaseUtcOffset)))
            .OrderBy(z => z.Id, StringComparer.Ordinal)
            .ToList();

    private static string Label(string id, TimeSpan offset) =>
        string.Create(CultureInfo.InvariantCulture, $"{id.Replace('_', ' ')} (UTC{(offset < TimeSpan.Zero ? "−" : "+")}{offset:hh\\:mm})");
}
