using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;

namespace Byline.Transfer;

/// <summary>
/// Reads one archive entry and holds it to what the zip directory says about it: never more than
/// <see cref="SiteArchive.MaxEntryBytes"/> (a zip bomb stops there, whatever size the entry declared), and at its end
/// exactly the declared length and checksum, so a damaged entry is refused instead of restored. ZipArchive does not check the
/// CRC-32 when it reads an entry, and a stored (uncompressed) image with a flipped byte would otherwise be restored as it is.
/// </summary>
internal sealed class CheckedEntryStream(Stream inner, ZipArchiveEntry entry) : Stream
{
    private long _read;
    private readonly Crc32 _crc = new();
    private bool _checked;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        return Count(buffer[..read]);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Count(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await base.DisposeAsync();
    }

    private int Count(ReadOnlySpan<byte> read)
    {
        _read += read.Length;
        if (_read > SiteArchive.MaxEntryBytes)
        {
            throw new SiteTransferException($"{entry.FullName} unpacks to more than {SiteArchive.MaxEntryBytes / (1024 * 1024)} MB; an archive entry may have at most that");
        }
        _crc.Append(read);
        if (read.Length == 0 && !_checked)
        {
            _checked = true;
            var crc = _crc.GetCurrentHashAsUInt32();
            if (_read != entry.Length || crc != entry.Crc32)
            {
                throw new SiteTransferException(string.Create(CultureInfo.InvariantCulture,
                    $"{entry.FullName}: the entry is damaged (it unpacks to {_read} bytes with checksum {crc:x8}; the zip directory says {entry.Length} bytes, {entry.Crc32:x8})"));
            }
        }
        return read.Length;
    }
}
