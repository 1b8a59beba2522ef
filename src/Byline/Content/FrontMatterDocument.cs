namespace Byline.Content;

/// <summary>
/// A Markdown file that starts with YAML front matter between two <c>---</c> lines, split into its two parts: the sample
/// newsroom's stories and <c>Byline import markdown</c> read the same shape. The body is kept byte for byte (line
/// endings included), so a story read back is the story that was written.
/// </summary>
public sealed record FrontMatterDocument(string Yaml, string Body)
{
    /// <summary>The front matter's first line is the file's second line (the first is the opening <c>---</c>).</summary>
    public const int YamlFirstLine = 2;

    /// <summary>The two parts, or null when the text does not start with a front matter block closed by a <c>---</c> line.</summary>
    public static FrontMatterDocument? Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.StartsWith("---\n", StringComparison.Ordinal) ? 4 : text.StartsWith("---\r\n", StringComparison.Ordinal) ? 5 : -1;
        if (start < 0)
        {
            return null;
        }
        var lineStart = start;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
            if (line.TrimEnd('\r') == "---")
            {
                var bodyStart = lineEnd < 0 ? text.Length : lineEnd + 1;
                return new FrontMatterDocument(text[start..lineStart], text[bodyStart..]);
            }
            if (lineEnd < 0)
            {
                return null;
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }
}
