using System.IO.Compression;
using Byline.Media;

namespace Byline.Transfer.WordPress;

/// <summary>
/// A ZIP of the old site's <c>wp-content/uploads</c> folder, uploaded on the newsroom's import page, unpacked into a
/// folder the importer reads like <c>--uploads DIR</c>. Only image files are unpacked, each inside the folder (no entry
/// can climb out with "../"), none larger than the media library takes, and no more bytes in all than
/// <see cref="MaxUnpackedBytes"/>, counted as they are written, so a ZIP bomb stops early.
/// </summary>
public static class UploadsArchive
{
    public const long MaxUnpackedBytes = 8L * 1024 * 1024 * 1024;

    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".gif", ".webp" };

    /// <summary>Null when the file is a ZIP archive; otherwise why it cannot be used.</summary>
    public static string? Check(Stream file)
    {
        try
        {
            using var archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            return archive.Entries.Any(e => ImageExtensions.Contains(Path.GetExtension(e.FullName)))
                ? null
                : "The ZIP file holds no images (.jpg, .png, .gif or .webp): zip the old site's wp-content/uploads folder.";
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentOutOfRangeException)
        {
            // A stream shorter than a ZIP's end record makes the reader seek before its start.
            return "The uploads file is not a ZIP archive: zip the old site's wp-content/uploads folder and choose that file.";
        }
    }

    /// <summary>Unpacks the images into <paramref name="folder"/>, with the paths they had under uploads/.</summary>
    public static async Task ExtractAsync(string zipPath, string folder, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(folder);
        Directory.CreateDirectory(root);
        await using var zip = await ZipFile.OpenReadAsync(zipPath, cancellationToken);
        var budget = MaxUnpackedBytes;
        foreach (var entry in zip.Entries)
        {
            if (!ImageExtensions.Contains(Path.GetExtension(entry.FullName)) || RelativePath(entry.FullName) is not { } relative)
            {
                continue;
            }
            var target = Path.GetFullPath(Path.Combine(root, relative));
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var source = await entry.OpenAsync(cancellationToken);
            await using var output = new FileStream(target, FileMode.Create, FileAccess.Write);
            budget -= await CopyAtMostAsync(source, output, Math.Min(budget, MediaLibrary.MaxUploadBytes + 1), cancellationToken);
            if (budget <= 0)
            {
                throw new InvalidDataException($"The uploads ZIP unpacks to more than {MaxUnpackedBytes / (1024 * 1024 * 1024)} GB: import it with the command line and --uploads.");
            }
        }
    }

    /// <summary>"wp-content/uploads/2025/11/a.jpg", "uploads/2025/11/a.jpg" and "2025/11/a.jpg" all name "2025/11/a.jpg".</summary>
    private static string? RelativePath(string entryName)
    {
        var path = entryName.Replace('\\', '/');
        var at = path.LastIndexOf("uploads/", StringComparison.OrdinalIgnoreCase);
        path = at >= 0 && (at == 0 || path[at - 1] == '/') ? path[(at + "uploads/".Length)..] : path;
        return path.Length == 0 || path.EndsWith('/') ? null : path;
    }

    private static async Task<long> CopyAtMostAsync(Stream source, Stream output, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81_920];
        long copied = 0;
        int read;
        while (copied < limit && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - copied)), cancellationToken)) > 0)
        {
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            copied += read;
        }
        return copied;
    }
}
