using System.IO.Compression;

namespace Byline.IntegrationTests.Transfer;

/// <summary>Reads archives entry by entry and makes altered copies of them: the damaged and hostile files of the tests.</summary>
internal static class TestArchives
{
    public static Dictionary<string, byte[]> Entries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }, StringComparer.Ordinal);
    }

    /// <summary>
    /// A copy of <paramref name="source"/> with each entry passed through <paramref name="change"/> (null drops it), then
    /// <paramref name="extra"/> added. Media entries stay uncompressed, as the export writes them.
    /// </summary>
    /// <param name="links">Entries to mark as Unix symbolic links.</param>
    public static string Copy(string source, string target, Func<string, byte[], byte[]?> change,
        IEnumerable<(string Name, byte[] Content)>? extra = null, IReadOnlySet<string>? links = null)
    {
        using (var zip = ZipFile.Open(target, ZipArchiveMode.Create))
        {
            var entries = Entries(source).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (Name: e.Key, Content: change(e.Key, e.Value)))
                .Concat((extra ?? []).Select(e => (e.Name, Content: (byte[]?)e.Content)));
            foreach (var (name, content) in entries)
            {
                if (content is null)
                {
                    continue;
                }
                var entry = zip.CreateEntry(name, name.StartsWith("media/", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                if (links?.Contains(name) == true)
                {
                    // st_mode in the high 16 bits, as zip tools on Unix write it: S_IFLNK | 0777.
                    entry.ExternalAttributes = unchecked((int)0xA1FF0000);
                }
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return target;
    }

    public static string Write(string target, params (string Name, byte[] Content)[] entries)
    {
        using var zip = ZipFile.Open(target, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(content);
        }
        return target;
    }
}
