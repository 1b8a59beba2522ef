using System.Globalization;

namespace Byline.Cli;

/// <summary>A count with its noun in the right number, for the command line's summaries: "1 image", "2 images", "1,204 stories".</summary>
public static class Counted
{
    public static string Of(long count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many)}");
}
