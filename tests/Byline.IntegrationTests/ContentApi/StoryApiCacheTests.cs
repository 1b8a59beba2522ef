using System.Net;
using System.Text.Json;
using Byline.Accounts;
using Byline.IntegrationTests.Newsroom;
using Byline.Testing;

namespace Byline.IntegrationTests.ContentApi;

/// <summary>The story API is cached like the pages, and a publish, an edit or an unpublish in the newsroom reaches it at once.</summary>
public sealed class StoryApiCacheTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var client = host.CreateReader();
        using var response = await client.GetAsync(path, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    private async Task<List<int>> ListedIdsAsync()
    {
        var (status, body) = await GetAsync("/api/v1/stories?limit=100");
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ToList();
    }

    [Fact]
    public async Task Publishing_editing_and_unpublishing_reach_the_cached_answers_at_once()
    {
        var listedBefore = await ListedIdsAsync();
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Harbour crane returns to service", await StoryDesk.SectionIdAsync(host, "business"));
        using (var publish = await StoryDesk.MoveAsync(editor, id, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }
        Assert.DoesNotContain(id, listedBefore);
        Assert.Equal(id, (await ListedIdsAsync())[0]);
        var (_, first) = await GetAsync($"/api/v1/stories/{id}");
        Assert.Contains("Harbour crane returns to service", first, StringComparison.Ordinal);
        Assert.Equal(first, (await GetAsync($"/api/v1/stories/{id}")).Body);

        var storyPage = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        using (var edit = await StoryDesk.SaveAsync(editor, id, storyPage, new Dictionary<string, string> { ["Draft.Headline"] = "Harbour crane back at work after repairs" }))
        {
            Assert.True((int)edit.StatusCode < 400, $"the save answered {(int)edit.StatusCode}");
        }
        Assert.Contains("Harbour crane back at work after repairs", (await GetAsync($"/api/v1/stories/{id}")).Body, StringComparison.Ordinal);

        using (var unpublish = await StoryDesk.MoveAsync(editor, id, "Unpublish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, unpublish.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/api/v1/stories/{id}")).Status);
        Assert.DoesNotContain(id, await ListedIdsAsync());
    }
}
