using System.Globalization;
using Byline.Testing;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>Drives the trash over HTTP as a member's browser does: each confirmation page's own form.</summary>
internal static class TrashDesk
{
    /// <summary>Opens "Move to trash…" on a story and presses the confirmation page's button.</summary>
    public static async Task<HttpResponseMessage> TrashAsync(NewsroomSession session, int id)
    {
        var page = await session.Client.GetDocumentAsync($"/newsroom/stories/{id}/trash");
        return await BrowserForm.Read(page, ".nr-trash-confirm form").PostAsync(session.Client, $"/newsroom/stories/{id}/trash");
    }

    /// <summary>Presses "Restore" beside the story on the trash page.</summary>
    public static Task<HttpResponseMessage> RestoreAsync(NewsroomSession session, int id) =>
        session.Client.PostFormAsync($"/newsroom/trash?handler=RestoreStory&id={id.ToString(CultureInfo.InvariantCulture)}", new Dictionary<string, string>(), "/newsroom/trash");

    /// <summary>Opens "Delete permanently…" for a story in the trash and presses the confirmation page's button.</summary>
    public static async Task<HttpResponseMessage> DeleteForGoodAsync(NewsroomSession session, int id)
    {
        var page = await session.Client.GetDocumentAsync($"/newsroom/trash/stories/{id}/delete");
        return await BrowserForm.Read(page, ".nr-trash-confirm form").PostAsync(session.Client, $"/newsroom/trash/stories/{id}/delete");
    }
}
