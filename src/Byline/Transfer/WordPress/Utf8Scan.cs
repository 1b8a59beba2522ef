using System.Text;

namespace Byline.Transfer.WordPress;

/// <summary>Finds the line and column of the first byte sequence in a stream that is not UTF-8.</summary>
internal static class Utf8Scan
{
    public static (int Line, int Column) FirstInvalid(Stream stream)
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
