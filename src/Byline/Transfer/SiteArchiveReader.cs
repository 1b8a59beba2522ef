using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Byline.Media;

namespace Byline.Transfer;

/// <summary>
/// Opens an archive for a restore and checks it before anything is written: a zip at all, at most
/// <see cref="SiteArchive.MaxEntries"/> entries (counted before the directory is read), no entry that could reach
/// outside its folder (zip slip), no links, no entry over <see cref="SiteArchive.MaxEntryBytes"/>, a manifest of this
/// format and version, every kind present, and nothing that is not data of a listed kind or an image variant.
/// </summary>
internal sealed partial class SiteArchiveReader : IAsyncDisposable
{
    private const int UnixFileTypeMask = 0xF000;
    private const int UnixSymbolicLink = 0xA000;

    private readonly FileStream _file;
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;

    private SiteArchiveReader(FileStream file, ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries, SiteArchiveManifest manifest)
    {
        _file = file;
        _zip = zip;
        _entries = entries;
        Manifest = manifest;
    }

    public SiteArchiveManifest Manifest { get; }

    public IEnumerable<ZipArchiveEntry> MediaEntries =>
        _entries.Values.Where(e => e.FullName.StartsWith(SiteArchive.MediaFolder, StringComparison.Ordinal) && e.FullName != SiteArchive.MediaFolder);

    public static async Task<SiteArchiveReader> OpenAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new SiteTransferException($"{path} does not exist");
        }
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        ZipArchive? zip = null;
        try
        {
            var declared = await ZipCentralDirectory.ReadEntryCountAsync(file, cancellationToken)
                ?? throw new SiteTransferException($"{path} is not a zip archive, or it is cut short: it has no zip directory at its end");
            if (declared > SiteArchive.MaxEntries)
            {
                throw new SiteTransferException($"{path} declares {declared:N0} entries; a site archive may have at most {SiteArchive.MaxEntries:N0}");
            }
            file.Seek(0, SeekOrigin.Begin);
            try
            {
                zip = await ZipArchive.CreateAsync(file, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
            }
            catch (InvalidDataException e)
            {
                throw new SiteTransferException($"{path} is not a readable zip archive ({OneLine(e.Message)})", e);
            }

            var entries = CheckEntries(path, zip);
            var manifest = await ReadManifestAsync(path, entries, cancellationToken);
            CheckContents(entries, manifest);
            return new SiteArchiveReader(file, zip, entries, manifest);
        }
        catch
        {
            if (zip is not null)
            {
                await zip.DisposeAsync();
            }
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>The records of one kind across its parts, one at a time.</summary>
    public async IAsyncEnumerable<ArchiveItem> ReadAsync(ManifestKind kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        foreach (var name in kind.Files)
        {
            await using var stream = await OpenEntryAsync(name, cancellationToken);
            await using var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, SiteArchive.Json, cancellationToken)
                .GetAsyncEnumerator(cancellationToken);
            long number = 0;
            while (true)
            {
                bool more;
                try
                {
                    more = await items.MoveNextAsync();
                }
                catch (JsonException e)
                {
                    // Items are parsed a buffer at a time, ahead of the ones handed out: the path says which one failed.
                    var failed = ItemIndex().Match(e.Path ?? "") is { Success: true } match
                        ? long.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) + 1
                        : number + 1;
                    throw new SiteTransferException(
                        $"{name}, item {failed} (line {e.LineNumber + 1}): not valid JSON ({OneLine(e.Message)})", e);
                }
                catch (InvalidDataException e)
                {
                    throw new SiteTransferException($"{name}, after item {number}: the entry is damaged ({OneLine(e.Message)})", e);
                }
                if (!more)
                {
                    break;
                }
                number++;
                yield return new ArchiveItem(name, number, items.Current);
            }
        }
    }

    /// <summary>The bytes of a media entry (at most <see cref="SiteArchive.MaxEntryBytes"/>).</summary>
    public async Task<byte[]> ReadAllBytesAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var stream = await OpenEntryAsync(entry.FullName, cancellationToken);
        using var copy = new MemoryStream((int)Math.Min(entry.Length, SiteArchive.MaxEntryBytes));
        try
        {
            await stream.CopyToAsync(copy, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new SiteTransferException($"{entry.FullName}: the entry is damaged ({OneLine(e.Message)})", e);
        }
        return copy.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _zip.DisposeAsync();
        await _file.DisposeAsync();
    }

    private async Task<Stream> OpenEntryAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var entry = _entries[name];
            return new CheckedEntryStream(await entry.OpenAsync(cancellationToken), entry);
        }
        catch (InvalidDataException e)
        {
            throw new SiteTransferException($"{name}: the entry cannot be read ({OneLine(e.Message)})", e);
        }
    }

    private static Dictionary<string, ZipArchiveEntry> CheckEntries(string path, ZipArchive zip)
    {
        if (zip.Entries.Count > SiteArchive.MaxEntries)
        {
            throw new SiteTransferException($"{path} has {zip.Entries.Count:N0} entries; a site archive may have at most {SiteArchive.MaxEntries:N0}");
        }
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (IsUnsafe(name))
            {
                throw new SiteTransferException($"the archive has an entry with an unsafe path, “{name}”: entries may not climb out of their folder or start at the root");
            }
            if (((entry.ExternalAttributes >> 16) & UnixFileTypeMask) == UnixSymbolicLink)
            {
                throw new SiteTransferException($"the archive entry {name} is a symbolic link; a site archive has none");
            }
            if (entry.Length > SiteArchive.MaxEntryBytes)
            {
                throw new SiteTransferException($"the archive entry {name} is {entry.Length / (1024 * 1024)} MB; an entry may have at most {SiteArchive.MaxEntryBytes / (1024 * 1024)} MB");
            }
            if (!entries.TryAdd(name, entry))
            {
                throw new SiteTransferException($"the archive has two entries named {name}");
            }
        }
        return entries;
    }

    private static bool IsUnsafe(string name) =>
        name.Length == 0
        || name.Contains("..", StringComparison.Ordinal)
        || name.Contains('\\', StringComparison.Ordinal)
        || name.Contains(':', StringComparison.Ordinal)
        || name.Contains('\0', StringComparison.Ordinal)
        || name.StartsWith('/')
        || Path.IsPathRooted(name);

    private static async Task<SiteArchiveManifest> ReadManifestAsync(string path, Dictionary<string, ZipArchiveEntry> entries, CancellationToken cancellationToken)
    {
        if (!entries.TryGetValue(SiteArchive.ManifestEntry, out var entry))
        {
            throw new SiteTransferException($"{path} is not a Byline site archive: it has no {SiteArchive.ManifestEntry}");
        }
        SiteArchiveManifest? manifest;
        try
        {
            await using var stream = new CheckedEntryStream(await entry.OpenAsync(cancellationToken), entry);
            manifest = await JsonSerializer.DeserializeAsync<SiteArchiveManifest>(stream, SiteArchive.Json, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new SiteTransferException($"{path} is not a Byline site archive: its {SiteArchive.ManifestEntry} cannot be read ({OneLine(e.Message)})", e);
        }
        catch (InvalidDataException e)
        {
            throw new SiteTransferException($"{SiteArchive.ManifestEntry}: the entry is damaged ({OneLine(e.Message)})", e);
        }
        if (manifest is null || manifest.Format != SiteArchive.FormatName)
        {
            throw new SiteTransferException($"{path} is not a Byline site archive: its {SiteArchive.ManifestEntry} does not name the format “{SiteArchive.FormatName}”");
        }
        if (manifest.FormatVersion != SiteArchive.FormatVersion)
        {
            throw new SiteTransferException(manifest.FormatVersion > SiteArchive.FormatVersion
                ? $"{path} is format version {manifest.FormatVersion}, made by Byline {manifest.BylineVersion}; this Byline ({SiteArchive.BylineVersion}) reads version {SiteArchive.FormatVersion}: restore it with a newer Byline"
                : $"{path} says it is format version {manifest.FormatVersion}, which no Byline wrote; this Byline reads version {SiteArchive.FormatVersion}");
        }
        return manifest;
    }

    /// <summary>Every kind the archive must have is listed with its entries; nothing else is in the archive.</summary>
    private static void CheckContents(Dictionary<string, ZipArchiveEntry> entries, SiteArchiveManifest manifest)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal) { SiteArchive.ManifestEntry };
        foreach (var archived in manifest.Kinds ?? [])
        {
            var kind = ArchiveKinds.Find(archived.Name)
                ?? throw new SiteTransferException($"{SiteArchive.ManifestEntry} lists “{archived.Name}”, a kind of record this Byline does not know; restore it with the Byline that made it or a newer one");
            if (!kind.IsArchived(manifest.WithCredentials))
            {
                throw new SiteTransferException($"{SiteArchive.ManifestEntry} lists {archived.Name}, which only an archive made with credentials has, but says it was made without");
            }
            if (archived.Count < 0 || archived.Files is null || archived.Files.Count == 0)
            {
                throw new SiteTransferException($"{SiteArchive.ManifestEntry} lists {archived.Name} without a count or entries");
            }
            for (var part = 0; part < archived.Files.Count; part++)
            {
                var name = archived.Files[part];
                if (name != SiteArchive.DataEntry(archived.Name, part + 1))
                {
                    throw new SiteTransferException($"{SiteArchive.ManifestEntry} lists {name} for {archived.Name}; expected {SiteArchive.DataEntry(archived.Name, part + 1)}");
                }
                if (!entries.ContainsKey(name))
                {
                    throw new SiteTransferException($"the archive has no {name}, which {SiteArchive.ManifestEntry} lists for {archived.Name}");
                }
                if (!listed.Add(name))
                {
                    throw new SiteTransferException($"{SiteArchive.ManifestEntry} lists {archived.Name} twice");
                }
            }
        }
        foreach (var kind in ArchiveKinds.All.Where(k => k.IsArchived(manifest.WithCredentials)))
        {
            if (manifest.Kinds?.Any(k => k.Name == kind.Name) != true)
            {
                throw new SiteTransferException($"the archive has no {kind.Name}: {SiteArchive.ManifestEntry} does not list {SiteArchive.DataEntry(kind.Name, 1)}");
            }
        }

        long mediaFiles = 0;
        foreach (var name in entries.Keys)
        {
            if (listed.Contains(name) || name is SiteArchive.DataFolder or SiteArchive.MediaFolder)
            {
                continue;
            }
            if (name.StartsWith(SiteArchive.MediaFolder, StringComparison.Ordinal) && MediaFileNames.IsVariant(name[SiteArchive.MediaFolder.Length..]))
            {
                mediaFiles++;
                continue;
            }
            throw new SiteTransferException($"the archive has an entry a site archive does not have: {name}");
        }
        if (mediaFiles != manifest.MediaFiles)
        {
            throw new SiteTransferException($"the archive has {mediaFiles} media files under {SiteArchive.MediaFolder}, but {SiteArchive.ManifestEntry} says {manifest.MediaFiles}");
        }
    }

    /// <summary>The first line of a library message, without the position details System.Text.Json appends.</summary>
    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        var path = line.IndexOf(" Path:", StringComparison.Ordinal);
        return (path > 0 ? line[..path] : line).Trim().TrimEnd('.');
    }

    [GeneratedRegex(@"^\$\[(?<index>[0-9]+)\]")]
    private static partial Regex ItemIndex();
}
