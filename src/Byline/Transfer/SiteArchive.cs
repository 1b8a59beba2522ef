using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Byline.Transfer;

/// <summary>
/// The layout of a whole-site archive: one .zip file with <c>manifest.json</c>, one JSON array per kind of record under
/// <c>data/</c> (one record a line; a very large kind continues in <c>data/{kind}.2.json</c>, <c>.3.json</c>, …, so that
/// no entry grows past the size a restore accepts) and the stored image variants under <c>media/</c>.
/// </summary>
public static class SiteArchive
{
    public const string FormatName = "byline-site-archive";
    public const int FormatVersion = 1;
    public const string ManifestEntry = "manifest.json";
    public const string DataFolder = "data/";
    public const string MediaFolder = "media/";

    /// <summary>A restore refuses an archive with more entries than this before reading its directory.</summary>
    public const int MaxEntries = 200_000;

    /// <summary>A restore refuses an entry that is (or unpacks to) more than this many bytes.</summary>
    public const long MaxEntryBytes = 50L * 1024 * 1024;

    /// <summary>A data entry is closed and the kind continues in the next part once it passes this size.</summary>
    internal const long PartBytes = 32L * 1024 * 1024;

    public const string PrivacyNotice =
        "A private backup of a Byline site: it holds commenters' email addresses and the site's own secrets " +
        "(and, when made with --with-credentials, the members' password hashes and two-factor keys). Keep it as safe as the database itself.";

    /// <summary>camelCase names, enums by name (never by number), dates as ISO 8601 with their offset, text unescaped for reading.</summary>
    internal static JsonSerializerOptions Json { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
    };

    internal static JsonSerializerOptions IndentedJson { get; } = new(Json) { WriteIndented = true };

    public static string DataEntry(string kind, int part) =>
        part == 1 ? $"{DataFolder}{kind}.json" : string.Create(CultureInfo.InvariantCulture, $"{DataFolder}{kind}.{part}.json");

    public static string MediaEntry(string fileName) => MediaFolder + fileName;

    /// <summary>The version of the running Byline, as the manifest records it.</summary>
    public static string BylineVersion { get; } =
        typeof(SiteArchive).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SiteArchive).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
