using System.Globalization;
using System.Text.RegularExpressions;

namespace Byline.IntegrationTests.Feeds;

/// <summary>Strict readers for the date formats the machine-readable surface promises.</summary>
internal static partial class MachineDates
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>RFC 822 (with the four-digit year of RFC 1123, as the RSS 2.0 profile advises): "Tue, 10 Jun 2003 04:00:00 GMT".</summary>
    public static DateTimeOffset Rfc822(string? text)
    {
        var match = Rfc822Shape().Match(text ?? "");
        Assert.True(match.Success, $"'{text}' is not an RFC 822 date");
        var zone = match.Groups["zone"].Value;
        var offset = zone is "Z" or "UT" or "GMT"
            ? TimeSpan.Zero
            : new TimeSpan(int.Parse(zone[1..3], CultureInfo.InvariantCulture), int.Parse(zone[3..], CultureInfo.InvariantCulture), 0)
                * (zone[0] == '-' ? -1 : 1);
        var instant = new DateTimeOffset(
            int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            Array.IndexOf(Months, match.Groups["month"].Value) + 1,
            int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture),
            match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0,
            offset);
        if (match.Groups["weekday"].Success)
        {
            Assert.Equal(instant.DayOfWeek.ToString()[..3], match.Groups["weekday"].Value);
        }
        return instant;
    }

    /// <summary>RFC 3339 (Atom, JSON Feed): a full date and time with seconds and an explicit offset.</summary>
    public static DateTimeOffset Rfc3339(string? text)
    {
        Assert.True(Rfc3339Shape().IsMatch(text ?? ""), $"'{text}' is not an RFC 3339 date-time");
        return DateTimeOffset.Parse(text!, CultureInfo.InvariantCulture);
    }

    /// <summary>W3C Datetime (sitemaps): a date alone, or a date and time with an explicit offset.</summary>
    public static DateTimeOffset W3C(string? text)
    {
        Assert.True(W3CShape().IsMatch(text ?? ""), $"'{text}' is not a W3C datetime");
        return DateTimeOffset.Parse(text!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    [GeneratedRegex(@"^(?:(?<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(?<day>\d{1,2}) (?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?<year>\d{4}) (?<hour>[01]\d|2[0-3]):(?<minute>[0-5]\d)(?::(?<second>[0-5]\d))? (?<zone>Z|UT|GMT|[+-]\d{4})$")]
    private static partial Regex Rfc822Shape();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339Shape();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$")]
    private static partial Regex W3CShape();
}
