namespace Byline.Transfer;

/// <summary>
/// A backup or restore that cannot go on because of what the operator gave it (a damaged or foreign archive, a file that
/// already exists, a database that is not empty). The message is one line that names the problem and, in an archive,
/// the entry and the item; the command line prints it as it is.
/// </summary>
public sealed class SiteTransferException : Exception
{
    public SiteTransferException()
    {
    }

    public SiteTransferException(string message) : base(message)
    {
    }

    public SiteTransferException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
