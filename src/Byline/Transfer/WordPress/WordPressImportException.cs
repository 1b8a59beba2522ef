namespace Byline.Transfer.WordPress;

/// <summary>The import stopped (nothing of it was kept); the message names the item and its line in the file.</summary>
public sealed class WordPressImportException : Exception
{
    public WordPressImportException()
    {
    }

    public WordPressImportException(string message)
        : base(message)
    {
    }

    public WordPressImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
