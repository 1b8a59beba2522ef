using System.Net;
using System.Text.Json;
using Byline.Testing;

namespace Byline.IntegrationTests.Search;

/// <summary>Searches a host over real HTTP, through the JSON API or the page, and reads back what a reader would see.</summary>
internal static class SearchClient
{
    /// <summary>The slugs of the stories the API finds for <paramref name="parameters"/> (q=… and more), in its order; asserts a 200.</summary>
    public static async Task<IReadOnlyList<string>> SlugsAsync(this BylineHost host, string parameters)
    {
        using var json = await host.ApiAsync(parameters);
        return SlugsOf(json);
    }

    /// <summary>The slugs of an API answer's results (the last segment of each story's address), in its order.</summary>
    public static IReadOnlyList<string> SlugsOf(JsonDocument json) =>
        [.. json.RootElement.GetProperty("results").EnumerateArray().Select(hit => hit.GetProperty("url").GetString()!.Split('/')[^1])];

    /// <summary>The API's answer for <paramref name="parameters"/>; asserts a 200.</summary>
    public static async Task<JsonDocument> ApiAsync(this BylineHost host, string parameters)
    {
        using var client = host.CreateReader();
        using var response = await client.GetAsync(new Uri($"/api/v1/search?{parameters}", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/v1/search?{parameters} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }

    /// <summary>A query's text as a URL parameter value.</summary>
    public static string Q(string query) => "q=" + Uri.EscapeDataString(query);
}
