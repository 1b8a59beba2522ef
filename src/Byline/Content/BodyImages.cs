using System.Text.RegularExpressions;

namespace Byline.Content;

/// <summary>
/// The media library images a body may show as figures, by storage key, and the origins that count as this site's
/// (an absolute address on another host is someone else's picture, however it is named).
/// </summary>
public sealed partial class BodyImages(IReadOnlyDictionary<string, BodyImage> byKey, IReadOnlyCollection<string> siteOrigins)
{
    /// <summary>No library images: every image stays a plain &lt;img&gt;.</summary>
    public static readonly BodyImages None = new(new Dictionary<string, BodyImage>(), []);

    public int Count => byKey.Count;

    /// <summary>The library image at <paramref name="address"/> (relative, or absolute on this site), or null.</summary>
    public BodyImage? At(string? address)
    {
        if (string.IsNullOrEmpty(address) || LibraryAddress().Match(address) is not { Success: true } match)
        {
            return null;
        }
        var origin = match.Groups["origin"].Value;
        if (origin.Length > 0 && !siteOrigins.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }
        return byKey.TryGetValue(match.Groups["key"].Value, out var image) ? image : null;
    }

    [GeneratedRegex(@"^(?<origin>https?://[^/?#]+)?/media/(?<key>[a-z0-9]{16,64})-[1-9][0-9]{0,4}\.(?:webp|jpg)$", RegexOptions.CultureInvariant)]
    private static partial Regex LibraryAddress();
}
