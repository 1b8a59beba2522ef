namespace Byline.Transfer.WordPress;

/// <summary>
/// Finds the uploads a site left in the imports folder when it stopped in the middle of an import (or between a dry run
/// and its import): each export holds every author's and commenter's address, so none may stay. An upload whose marker
/// another running site holds is left alone.
/// </summary>
internal static class InterruptedUploads
{
    /// <summary>A file with no marker at all (stored a moment before a crash) is nobody's once it is this old.</summary>
    private static readonly TimeSpan UnmarkedAfter = TimeSpan.FromMinutes(10);

    /// <summary>Deletes them; returns what each one's marker said (null: an upload without a readable marker).</summary>
    public static IReadOnlyList<ImportUploadRecord?> Clear(string folder, TimeProvider clock, ILogger logger)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var found = new List<ImportUploadRecord?>();
        var running = new HashSet<string>(StringComparer.Ordinal);
        foreach (var markerPath in Directory.EnumerateFiles(folder, "*" + ImportUploadMarker.Extension))
        {
            FileStream marker;
            try
            {
                marker = new FileStream(markerPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                running.Add(UploadOf(markerPath));
                continue;
            }
            using (marker)
            {
                found.Add(ImportUploadMarker.Read(marker));
                Delete(folder, UploadOf(markerPath), logger);
            }
        }
        var unmarked = Directory.EnumerateFileSystemEntries(folder)
            .Where(entry => !running.Contains(UploadOf(entry)) && clock.GetUtcNow() - Directory.GetLastWriteTimeUtc(entry) > UnmarkedAfter)
            .Select(UploadOf).Distinct().ToList();
        foreach (var upload in unmarked)
        {
            Delete(folder, upload, logger);
            found.Add(null);
        }
        return found;
    }

    /// <summary>"3f…9a" for 3f…9a.xml, 3f…9a-uploads.zip, 3f…9a-uploads.zip.unpacked and 3f…9a.json: the upload's id.</summary>
    private static string UploadOf(string path)
    {
        var name = Path.GetFileName(path);
        var end = name.IndexOfAny(['.', '-']);
        return end > 0 ? name[..end] : name;
    }

    private static void Delete(string folder, string upload, ILogger logger)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, upload + "*"))
        {
            try
            {
                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Could not delete {ImportUpload}, left by an interrupted WordPress import", entry);
            }
        }
    }
}
