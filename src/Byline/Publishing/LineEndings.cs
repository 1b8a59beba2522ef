namespace Byline.Publishing;

/// <summary>
/// A browser sends every line of a textarea ended by CRLF, whatever the page gave it. Stories keep LF; and a text that
/// differs from the stored one only by its line ends is the stored text, byte for byte (a story imported with CRLF and
/// saved untouched stays as it was).
/// </summary>
internal static class LineEndings
{
    public static string? AsStored(string? sent, string? stored)
    {
        if (sent is null)
        {
            return null;
        }
        var unix = sent.ReplaceLineEndings("\n");
        return stored is not null && unix == stored.ReplaceLineEndings("\n") ? stored : unix;
    }
}
