using System.Text.Json;

namespace Byline.Transfer.WordPress;

/// <summary>
/// A file beside an uploaded export (<c>{upload}.json</c>) that lives exactly as long as the upload: it names the file
/// the admin chose and where its import stands. The running site keeps it open and locked, so a site starting beside it
/// (sharing the data folder) leaves it alone, while one that finds it unlocked knows the import was cut short
/// (see <see cref="InterruptedUploads"/>).
/// </summary>
internal sealed class ImportUploadMarker : IDisposable
{
    public const string Extension = ".json";
    private static readonly TimeSpan TouchEvery = TimeSpan.FromSeconds(10);

    private readonly FileStream _file;
    private readonly TimeProvider _clock;
    private ImportUploadRecord _record;
    private bool _released;

    private ImportUploadMarker(FileStream file, TimeProvider clock, ImportUploadRecord record)
    {
        _file = file;
        _clock = clock;
        _record = record;
    }

    /// <summary>The marker of the upload stored at <paramref name="storedPath"/> (the export itself).</summary>
    private static string PathFor(string storedPath) => Path.ChangeExtension(storedPath, Extension);

    public static ImportUploadMarker Create(string storedPath, string fileName, string startedBy, TimeProvider clock)
    {
        var file = new FileStream(PathFor(storedPath), FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        var marker = new ImportUploadMarker(file, clock, new ImportUploadRecord(fileName, startedBy, ImportUploadStage.Checking, clock.GetUtcNow()));
        marker.Write();
        return marker;
    }

    public void MoveTo(ImportUploadStage stage)
    {
        if (_released)
        {
            // The site is stopping: the marker stays as it was for the next start.
            return;
        }
        _record = _record with { Stage = stage, LastActiveAt = _clock.GetUtcNow() };
        Write();
    }

    /// <summary>Records that the import is still going; at most every few seconds, however often it is called.</summary>
    public void Touch()
    {
        if (_clock.GetUtcNow() - _record.LastActiveAt >= TouchEvery)
        {
            MoveTo(_record.Stage);
        }
    }

    public static ImportUploadRecord? Read(Stream stream)
    {
        try
        {
            return JsonSerializer.Deserialize<ImportUploadRecord>(stream);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Unlocks the marker and leaves it: the site is stopping with the upload still here.</summary>
    public void Release()
    {
        _released = true;
        _file.Dispose();
    }

    /// <summary>The upload is gone: so is its marker.</summary>
    public void Dispose()
    {
        Release();
        File.Delete(_file.Name);
    }

    private void Write()
    {
        _file.SetLength(0);
        JsonSerializer.Serialize(_file, _record);
        _file.Flush(flushToDisk: true);
    }
}
