using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Byline.Media;

/// <summary>
/// The names of stored variants, <c>{key}-{width}.{webp|jpg}</c>: the same names appear in the public addresses
/// (<see cref="MediaUrls"/>). Nothing else is ever accepted as a name, so no name can reach outside the media folder.
/// </summary>
public static partial class MediaFileNames
{
    public const string WebP = "webp";
    public const string Jpeg = "jpg";

    public static IReadOnlyList<string> Extensions { get; } = [WebP, Jpeg];

    /// <summary>128 random bits as 32 lowercase hex digits: the address of an image cannot be guessed before it is published.</summary>
    public static string NewStorageKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Variant(string storageKey, int width, string extension)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{storageKey}-{width}.{extension}");
        return IsVariant(name) ? name : throw new ArgumentException($"“{name}” is not a media variant name.", nameof(storageKey));
    }

    /// <summary>Every stored file of <paramref name="item"/>: each width in each format.</summary>
    public static IEnumerable<string> All(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Widths.SelectMany(width => Extensions.Select(extension => Variant(item.StorageKey, width, extension)));
    }

    public static bool IsVariant(string? name) => name is not null && VariantName().IsMatch(name);

    /// <summary>Splits a variant name into its parts; false for anything that is not one.</summary>
    public static bool TryParse(string? name, out string storageKey, out int width, out string extension)
    {
        var match = name is null ? Match.Empty : VariantName().Match(name);
        storageKey = match.Success ? match.Groups["key"].Value : "";
        width = match.Success ? int.Parse(match.Groups["width"].Value, CultureInfo.InvariantCulture) : 0;
        extension = match.Success ? match.Groups["ext"].Value : "";
        return match.Success;
    }

    public static string ContentType(string extension) => extension switch
    {
        WebP => "image/webp",
        Jpeg => "image/jpeg",
        _ => throw new ArgumentOutOfRangeException(nameof(extension), extension, "Variants are WebP or JPEG."),
    };

    /// <summary>The pattern of <see cref="IsVariant"/>; the route of <c>/media/{file}</c> carries the same shape as its constraint.</summary>
    public const string Pattern = "^(?<key>[a-z0-9]{16,64})-(?<width>[1-9][0-9]{0,4})\\.(?<ext>webp|jpg)\\z";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex VariantName();
}
