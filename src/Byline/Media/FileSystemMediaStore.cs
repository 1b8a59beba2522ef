using Byline.Storage;

namespace Byline.Media;

/// <summary>
/// Variants as files under <c>Byline:MediaPath</c> (default <c>{DataPath}/media</c>), in one sub-folder per first two
/// characters of the key so that no folder grows huge. Several nodes may share the folder: a file is written under a
/// temporary name and renamed into place, so no node ever serves half a file.
/// </summary>
public sealed class FileSystemMediaStore : IMediaStore
{
    public const string PathKey = "Byline:MediaPath";

    public FileSystemMediaStore(IConfiguration configuration, DataFolder dataFolder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(dataFolder);
        var configured = configuration[PathKey];
        Root = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(dataFolder.Path, "media")
            : System.IO.Path.GetFullPath(configured, Environment.CurrentDirectory);
    }

    public string Root { get; }

    public async Task SaveAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }
            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        try
        {
            // FileShare.Delete: a delete on another node must not fail because this one is still sending the file.
            Stream file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (Directory.Exists(System.IO.Path.GetDirectoryName(path)))
        {
            File.Delete(path);
        }
        return Task.CompletedTask;
    }

    private string PathOf(string name) =>
        MediaFileNames.IsVariant(name)
            ? System.IO.Path.Combine(Root, name[..2], name)
            : throw new ArgumentException($"“{name}” is not a media variant name.", nameof(name));
}
