namespace Byline.Media;

/// <summary>
/// Where the bytes of image variants live, by file name (<see cref="MediaFileNames"/>). A seam: the file system today,
/// object storage when the nodes no longer share a volume.
/// </summary>
public interface IMediaStore
{
    /// <summary>Stores a new file; a reader never sees it half written.</summary>
    Task SaveAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The file for reading, or null when no such file is stored.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken);

    /// <summary>Removes the file; a file that is already gone is not an error.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken);
}
