using System.Net;
using System.Text.Json;
using Byline.Accounts;
using Byline.Media;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>An image in the trash leaves the library and the picker but keeps its files until it is deleted for good.</summary>
public sealed class MediaTrashTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string MediaFolder => host.Services.GetRequiredService<FileSystemMediaStore>().Root;

    [Fact]
    public async Task An_image_in_the_trash_leaves_the_library_the_picker_and_their_search_keeps_its_files_and_restore_brings_it_back()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var item = await MediaDesk.UploadedAsync(host, editor, "trash-gulls.jpg", "Gulls over the Ormsby breakwater");
        Assert.True(await InLibraryAsync(editor, item));

        using var ask = await editor.Client.PostFormAsync($"/newsroom/media/{item.Id}?handler=Trash", new Dictionary<string, string>(), $"/newsroom/media/{item.Id}");
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("Move this image to the trash?", await ask.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.False(await IsTrashedAsync(item.Id));
        await MediaDesk.TrashAsync(editor, item.Id);

        Assert.True(await IsTrashedAsync(item.Id));
        Assert.False(await InLibraryAsync(editor, item));
        using (var picked = await editor.Client.GetAsync(new Uri($"/newsroom/media/library?handler=Item&id={item.Id}", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, picked.StatusCode);
        }
        using var reader = host.CreateReader();
        using (var variant = await reader.GetAsync(new Uri(MediaUrls.Variant(item, 320, MediaFileNames.Jpeg), UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
        }
        var trash = await editor.Client.GetDocumentAsync("/newsroom/trash");
        Assert.Contains("trash-gulls.jpg", trash.QuerySelector("#trash-images")!.ParentElement!.TextContent, StringComparison.Ordinal);

        using (var restored = await editor.Client.PostFormAsync($"/newsroom/trash?handler=RestoreImage&id={item.Id}", new Dictionary<string, string>(), "/newsroom/trash"))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }
        Assert.False(await IsTrashedAsync(item.Id));
        Assert.True(await InLibraryAsync(editor, item));
        Assert.Equal(2, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(
            e => e.Subject == $"media:{item.Id}" && (e.Action == AuditActions.MediaTrashed || e.Action == AuditActions.MediaRestored), Cancel)));
    }

    [Fact]
    public async Task Only_an_admin_deletes_an_image_for_good_and_only_from_the_trash_which_removes_its_files()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var item = await MediaDesk.UploadedAsync(host, editor, "trash-pier.jpg", "The old pier at low tide");
        var path = $"/newsroom/media/{item.Id}";
        var confirm = new Dictionary<string, string> { ["confirm"] = "true" };

        using (var notInTrash = await admin.Client.PostFormAsync(path + "?handler=Delete", confirm, path))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notInTrash.StatusCode);
        }
        await MediaDesk.TrashAsync(editor, item.Id);
        using (var byEditor = await editor.Client.PostFormAsync(path + "?handler=Delete", confirm, path))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
        }
        Assert.NotEmpty(FilesOf(item));

        using var deleted = await admin.Client.PostFormAsync(path + "?handler=Delete", confirm, path);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id, Cancel)));
        Assert.Empty(FilesOf(item));
        Assert.Equal(admin.User.Id, await host.WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.Action == AuditActions.MediaDeleted && e.Subject == $"media:{item.Id}").Select(e => e.ActorId).SingleAsync(Cancel)));
    }

    private string[] FilesOf(MediaItem item) =>
        Directory.Exists(MediaFolder) ? Directory.GetFiles(MediaFolder, item.StorageKey + "*", SearchOption.AllDirectories) : [];

    private Task<bool> IsTrashedAsync(int id) =>
        host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == id && m.TrashedAt != null, Cancel));

    /// <summary>Whether the library page and the picker's search both list the image.</summary>
    private static async Task<bool> InLibraryAsync(NewsroomSession session, MediaItem item)
    {
        var library = await session.Client.GetDocumentAsync("/newsroom/media?q=" + Uri.EscapeDataString(item.OriginalFileName));
        var onPage = library.QuerySelector($"a[href='/newsroom/media/{item.Id}']") is not null;
        using var response = await session.Client.GetAsync(new Uri("/newsroom/media/library?handler=Search&q=" + Uri.EscapeDataString(item.OriginalFileName), UriKind.Relative), Cancel);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var inPicker = json.RootElement.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetInt32() == item.Id);
        Assert.Equal(onPage, inPicker);
        return onPage;
    }
}
