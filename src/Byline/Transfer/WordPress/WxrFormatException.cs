using System.Globalization;

namespace Byline.Transfer.WordPress;

/// <summary>The file cannot be read as a WordPress export; the message names the line and position where reading stopped.</summary>
public sealed class WxrFormatException : Exception
{
    public WxrFormatException()
    {
    }

    public WxrFormatException(string message)
        : base(message)
    {
    }

    public WxrFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WxrFormatException(int line, int position, string problem, Exception? innerException = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"line {line}, position {position}: {problem}"), innerException)
    {
        Line = line;
        Position = position;
    }

    public int Line { get; }

    public int Position { get; }
}
