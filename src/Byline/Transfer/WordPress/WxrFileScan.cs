using System.Text;

namespace Byline.Transfer.WordPress;

/// <summary>
/// Finds places in an export file again when the XML reader could not say where it stopped: the decoder reads ahead,
/// and a refused DTD carries no position.
/// </summary>
internal static class WxrFileScan
{
    /// <summary>The line and column of the first <c>&lt;!DOCTYPE</c>, or (1, 1).</summary>
    public static (int Line, int Column) Doctype(Stream stream)
    {
        stream.Seek(0, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var at = line.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return (lineNumber, at + 1);
            }
        }
        return (1, 1);
    }

    /// <summary>The line and column of the first byte sequence that is not UTF-8.</summary>
    public static (int Line, int Column) FirstInvalidUtf8(Stream stream)
    {
        stream.Seek(0, SeekOrigin.Begin);
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 4];
        var line = 1;
        var column = 1;
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            for (var start = 0; start < read; start++)
            {
                int count;
                try
                {
                    count = decoder.GetChars(bytes, start, 1, chars, 0, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    return (line, column);
                }
                for (var c = 0; c < count; c++)
                {
                    if (chars[c] == '\n')
                    {
                        line++;
                        column = 1;
                    }
                    else
                    {
                        column++;
                    }
                }
            }
        }
        return (line, column);
    }
}
