using Byline.Media;
using Byline.Storage;
using Microsoft.Extensions.Configuration;

namespace Byline.Tests.Media;

public sealed class FileSystemMediaStoreTests : IDisposable
{
    private const string Name = "0123456789abcdef0123456789abcdef-320.jpg";
    private readonly string _dataPath = Directory.CreateTempSubdirectory("byline-media-store-").FullName;

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);

    [Fact]
    public void Media_lives_under_the_data_folder_unless_a_media_path_is_configured()
    {
        Assert.Equal(Path.Combine(_dataPath, "media"), Store().Root);
        var shared = Path.Combine(_dataPath, "shared-volume");
        Assert.Equal(shared, Store(shared).Root);
    }

    [Fact]
    public async Task A_saved_file_reads_back_and_is_gone_after_delete()
    {
        var store = Store();
        byte[] content = [1, 2, 3, 4, 5];

        await store.SaveAsync(Name, content, TestContext.Current.CancellationToken);
        await using (var read = await store.OpenReadAsync(Name, TestContext.Current.CancellationToken))
        {
            using var copy = new MemoryStream();
            await read!.CopyToAsync(copy, TestContext.Current.CancellationToken);
            Assert.Equal(content, copy.ToArray());
        }
        await store.DeleteAsync(Name, TestContext.Current.CancellationToken);

        Assert.Null(await store.OpenReadAsync(Name, TestContext.Current.CancellationToken));
        Assert.Empty(Directory.GetFiles(store.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_missing_file_opens_as_null_and_deletes_without_error()
    {
        var store = Store();

        Assert.Null(await store.OpenReadAsync(Name, TestContext.Current.CancellationToken));
        await store.DeleteAsync(Name, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Only_variant_names_are_accepted_so_no_path_leaves_the_folder()
    {
        var store = Store();

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync("../byline.db", new byte[] { 1 }, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync("../../etc/passwd", TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync("/etc/passwd", TestContext.Current.CancellationToken));
        Assert.False(File.Exists(Path.Combine(_dataPath, "byline.db")));
    }

    [Fact]
    public async Task A_file_is_never_overwritten_and_no_temporary_file_stays_behind()
    {
        var store = Store();
        await store.SaveAsync(Name, new byte[] { 1 }, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(Name, new byte[] { 2 }, TestContext.Current.CancellationToken));

        Assert.Equal([Name], Directory.GetFiles(store.Root, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    private FileSystemMediaStore Store(string? mediaPath = null)
    {
        var settings = new Dictionary<string, string?> { ["Byline:DataPath"] = _dataPath, [FileSystemMediaStore.PathKey] = mediaPath };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new FileSystemMediaStore(configuration, new DataFolder(configuration));
    }
}
