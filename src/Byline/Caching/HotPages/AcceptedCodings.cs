using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Byline.Caching.HotPages;

/// <summary>Which content codings an <c>Accept-Encoding</c> header allows (a coding with <c>q=0</c> is refused).</summary>
public readonly record struct AcceptedCodings(bool Brotli, bool Gzip)
{
    public static AcceptedCodings Parse(StringValues header)
    {
        bool brotli = false, gzip = false;
        foreach (var value in header)
        {
            foreach (var coding in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = coding.Split(';', StringSplitOptions.TrimEntries);
                if (Quality(parts) <= 0)
                {
                    continue;
                }
                brotli |= parts[0].Equals("br", StringComparison.OrdinalIgnoreCase);
                gzip |= parts[0].Equals("gzip", StringComparison.OrdinalIgnoreCase);
            }
        }
        return new AcceptedCodings(brotli, gzip);
    }

    private static double Quality(string[] parts)
    {
        foreach (var parameter in parts.Skip(1))
        {
            var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0].Equals("q", StringComparison.OrdinalIgnoreCase)
                && double.TryParse(pair[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quality))
            {
                return quality;
            }
        }
        return 1;
    }
}
