using System.Globalization;
using System.Reflection;
using Byline.Media;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Byline.Transfer.Sample;

/// <summary>
/// The sample newsroom's pictures (drawn by code for this project: tools/sample-pictures), embedded in the assembly as
/// 1600-pixel JPEGs. Each has a fixed storage key, <c>larkhaven</c> + its name without hyphens, so the sample stories'
/// Markdown can show them in their bodies; their variants are made when first asked for (<see cref="SamplePictureStore"/>),
/// so seeding stores no file and costs a few milliseconds.
/// </summary>
public static class SamplePictures
{
    private const string ResourcePrefix = "Byline.Transfer.Sample.pictures.";
    private const string KeyPrefix = "larkhaven";

    private static readonly Lazy<IReadOnlyList<SamplePictureEntry>> Manifest = new(ReadManifest);

    /// <summary>The storage key of the picture <paramref name="name"/> (<c>footbridge-options</c> → <c>larkhavenfootbridgeoptions</c>).</summary>
    public static string KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return KeyPrefix + name.Replace("-", "", StringComparison.Ordinal);
    }

    /// <summary>The embedded JPEG of the picture whose storage key is <paramref name="storageKey"/>, or null for any other key.</summary>
    public static byte[]? OriginalOf(string storageKey)
    {
        ArgumentNullException.ThrowIfNull(storageKey);
        if (!storageKey.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var entry = Manifest.Value.FirstOrDefault(p => KeyOf(p.Name) == storageKey);
        return entry is null ? null : Read(entry.Name);
    }

    /// <summary>
    /// The WebP variant <paramref name="width"/> pixels wide made with the pictures (tools/sample-pictures/render.sh), or
    /// null: WebP is slow to encode here, so those ship ready; JPEG variants are made from the original.
    /// </summary>
    public static byte[]? PrerenderedWebpOf(string storageKey, int width)
    {
        ArgumentNullException.ThrowIfNull(storageKey);
        var entry = Manifest.Value.FirstOrDefault(p => KeyOf(p.Name) == storageKey);
        if (entry is null)
        {
            return null;
        }
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(
            ResourcePrefix + "webp." + entry.Name + "-" + width.ToString(CultureInfo.InvariantCulture) + ".webp");
        if (stream is null)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>A media library item for every sample picture, not yet saved, by picture name.</summary>
    internal static Dictionary<string, MediaItem> NewItems(DateTimeOffset now)
    {
        var items = new Dictionary<string, MediaItem>(StringComparer.Ordinal);
        foreach (var entry in Manifest.Value)
        {
            var bytes = Read(entry.Name);
            var (width, height) = ImageRenditions.SizeOf(bytes)
                ?? throw new InvalidDataException($"The sample picture {entry.Name}.jpg is not an image.");
            items.Add(entry.Name, new MediaItem
            {
                StorageKey = KeyOf(entry.Name),
                OriginalFileName = entry.Name + ".jpg",
                ContentType = "image/jpeg",
                Width = width,
                Height = height,
                ByteSize = bytes.Length,
                // The widths an upload of the same file would get, made on first request instead of at seeding.
                VariantWidths = string.Join(',', ImageRenditions.WidthsFor(width).Select(w => w.ToString(CultureInfo.InvariantCulture))),
                AltText = entry.Alt.Trim(),
                Caption = entry.Caption.Trim(),
                Credit = entry.Credit.Trim(),
                UploadedAt = now,
            });
        }
        return items;
    }

    private static List<SamplePictureEntry> ReadManifest()
    {
        using var reader = new StreamReader(Open("pictures.yml"));
        return new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<List<SamplePictureEntry>>(reader);
    }

    private static byte[] Read(string name)
    {
        using var stream = Open(name + ".jpg");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static Stream Open(string fileName) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidDataException($"The sample picture resource {fileName} is missing from the build.");
}
