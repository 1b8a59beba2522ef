using System.Text.RegularExpressions;

namespace Byline.Media;

/// <summary>
/// The media library images a story's body shows, found by their addresses (<c>/media/{key}-{width}.{webp|jpg}</c>):
/// relative, or absolute with any host in front, in Markdown or in raw HTML alike.
/// </summary>
public static partial class BodyMediaKeys
{
    public static IReadOnlyList<string> In(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return MediaAddress().Matches(body).Select(m => m.Groups["key"].Value).Distinct(StringComparer.Ordinal).ToList();
    }

    public static bool Shows(string body, string storageKey) => In(body).Contains(storageKey, StringComparer.Ordinal);

    [GeneratedRegex(@"/media/(?<key>[a-z0-9]{16,64})-[1-9][0-9]{0,4}\.(?:webp|jpg)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MediaAddress();
}
