using System.Buffers.Binary;

namespace Byline.Transfer;

/// <summary>
/// Reads the number of entries a zip file declares from its end-of-central-directory record (and the ZIP64 record when
/// there is one) without reading the directory itself, so that an archive claiming millions of entries is refused
/// before anything allocates room for them.
/// </summary>
internal static class ZipCentralDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const int EndLength = 22;
    private const int Zip64LocatorLength = 20;

    /// <summary>The declared entry count, or null when the file has no end record (it is not a zip, or it is cut short).</summary>
    public static async Task<long?> ReadEntryCountAsync(Stream file, CancellationToken cancellationToken)
    {
        if (file.Length < EndLength)
        {
            return null;
        }
        // The end record is the last thing in the file, followed only by a comment of at most 65,535 bytes.
        var tailLength = (int)Math.Min(file.Length, EndLength + ushort.MaxValue + Zip64LocatorLength);
        var tail = new byte[tailLength];
        file.Seek(-tailLength, SeekOrigin.End);
        await file.ReadExactlyAsync(tail, cancellationToken);

        for (var at = tailLength - EndLength; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) != EndSignature)
            {
                continue;
            }
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 20));
            if (at + EndLength + commentLength != tailLength)
            {
                continue;
            }
            long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10));
            if (count == ushort.MaxValue && at >= Zip64LocatorLength
                && BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at - Zip64LocatorLength)) == Zip64LocatorSignature)
            {
                count = await ReadZip64CountAsync(file, BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(at - Zip64LocatorLength + 8)), cancellationToken) ?? count;
            }
            return count;
        }
        return null;
    }

    private static async Task<long?> ReadZip64CountAsync(Stream file, long recordOffset, CancellationToken cancellationToken)
    {
        if (recordOffset < 0 || recordOffset > file.Length - 56)
        {
            return null;
        }
        var record = new byte[56];
        file.Seek(recordOffset, SeekOrigin.Begin);
        await file.ReadExactlyAsync(record, cancellationToken);
        return BinaryPrimitives.ReadUInt32LittleEndian(record) == Zip64EndSignature
            ? (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32)), long.MaxValue)
            : null;
    }
}
