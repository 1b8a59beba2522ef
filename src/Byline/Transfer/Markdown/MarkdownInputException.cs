namespace Byline.Transfer.Markdown;

/// <summary>A story file that cannot be imported: the message names the file, the line and the field.</summary>
public sealed class MarkdownInputException : Exception
{
    public MarkdownInputException()
    {
    }

    public MarkdownInputException(string message)
        : base(message)
    {
    }

    public MarkdownInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MarkdownInputException(string file, int line, string field, string problem)
        : base(line > 0 ? $"{file}, line {line}, {field}: {problem}" : $"{file}, {field}: {problem}")
    {
        File = file;
        Line = line;
        Field = field;
    }

    public string File { get; } = "";
    public int Line { get; }
    public string Field { get; } = "";
}
