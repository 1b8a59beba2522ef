using System.Buffers;
using System.IO.Compression;
using System.Text.Json;

namespace Byline.Transfer;

/// <summary>
/// Streams the records of one kind into the archive as a JSON array, one record a line, and starts a new part
/// (<c>data/{kind}.2.json</c>, …) once an entry passes <see cref="SiteArchive.PartBytes"/>. Only one record is held
/// in memory at a time.
/// </summary>
internal sealed class KindPartWriter(ZipArchive zip, string kind, DateTimeOffset stamp) : IAsyncDisposable
{
    private static readonly byte[] Open = "[\n"u8.ToArray();
    private static readonly byte[] Separator = ",\n"u8.ToArray();
    private static readonly byte[] Close = "\n]\n"u8.ToArray();
    private static readonly byte[] Empty = "[]\n"u8.ToArray();

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly List<string> _files = [];
    private Utf8JsonWriter? _json;
    private Stream? _part;
    private long _partBytes;

    public long Count { get; private set; }

    public IReadOnlyList<string> Files => _files;

    public async Task WriteAsync(Action<Utf8JsonWriter> writeRecord, CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        if (_json is null)
        {
            _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = SiteArchive.Json.Encoder });
        }
        else
        {
            _json.Reset(_buffer);
        }
        writeRecord(_json);
        await _json.FlushAsync(cancellationToken);

        if (_part is not null && _partBytes + _buffer.WrittenCount > SiteArchive.PartBytes)
        {
            await ClosePartAsync(cancellationToken);
        }
        if (_part is null)
        {
            await OpenPartAsync(cancellationToken);
            await WriteRawAsync(Open, cancellationToken);
        }
        else
        {
            await WriteRawAsync(Separator, cancellationToken);
        }
        await WriteRawAsync(_buffer.WrittenMemory, cancellationToken);
        Count++;
    }

    /// <summary>Closes the last part; a kind without records is one entry holding <c>[]</c>.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_part is not null)
        {
            await ClosePartAsync(cancellationToken);
        }
        else if (_files.Count == 0)
        {
            await OpenPartAsync(cancellationToken);
            await WriteRawAsync(Empty, cancellationToken);
            await _part!.DisposeAsync();
            _part = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_part is not null)
        {
            await _part.DisposeAsync();
        }
        if (_json is not null)
        {
            await _json.DisposeAsync();
        }
    }

    private async Task OpenPartAsync(CancellationToken cancellationToken)
    {
        var name = SiteArchive.DataEntry(kind, _files.Count + 1);
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = stamp;
        _part = await entry.OpenAsync(cancellationToken);
        _partBytes = 0;
        _files.Add(name);
    }

    private async Task ClosePartAsync(CancellationToken cancellationToken)
    {
        await WriteRawAsync(Close, cancellationToken);
        await _part!.DisposeAsync();
        _part = null;
    }

    private async Task WriteRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _part!.WriteAsync(bytes, cancellationToken);
        _partBytes += bytes.Length;
    }
}
