using System.Net;
using Byline.Testing;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Byline.IntegrationTests.ContentApi;

/// <summary>
/// The OpenAPI document the code makes (<c>/api/v1/openapi.json</c>) is the contract: it is checked in at
/// <c>docs/openapi.json</c>, and a change to the API that does not update it fails here. To accept a change, run this
/// class with <c>BYLINE_WRITE_OPENAPI=1</c>, which writes the served document there, and review the diff.
/// </summary>
public sealed class OpenApiDocumentTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string CheckedIn = "docs/openapi.json";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<JsonNode> ServedAsync()
    {
        using var client = host.CreateReader();
        using var response = await client.GetAsync("/api/v1/openapi.json", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
    }

    [Fact]
    public async Task The_served_document_is_the_checked_in_contract()
    {
        var served = await ServedAsync();
        var path = Path.Combine(RepositoryFolder.Find() ?? throw new InvalidOperationException("Byline.slnx is not above the tests"), CheckedIn);
        if (Environment.GetEnvironmentVariable("BYLINE_WRITE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", Cancel);
        }

        var checkedIn = JsonNode.Parse(await File.ReadAllTextAsync(path, Cancel))!;
        Assert.True(JsonNode.DeepEquals(checkedIn, served),
            $"The API's OpenAPI document changed but {CheckedIn} did not. Run the OpenApiDocumentTests with BYLINE_WRITE_OPENAPI=1 and commit the reviewed diff.");
    }

    [Fact]
    public async Task The_document_is_openapi_3_1_and_describes_every_endpoint_and_its_problems()
    {
        var document = await ServedAsync();

        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Byline Content API", document["info"]!["title"]!.GetValue<string>());
        var paths = document["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["/api/v1/people", "/api/v1/search", "/api/v1/sections", "/api/v1/site", "/api/v1/stories", "/api/v1/stories/{id}", "/api/v1/stories/{id}/comments", "/api/v1/tags"], paths);
        var search = document["paths"]!["/api/v1/search"]!["get"]!;
        Assert.Contains(search["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "q");
        var responses = search["responses"]!.AsObject();
        foreach (var status in new[] { "200", "400", "404", "429" })
        {
            Assert.True(responses.ContainsKey(status), $"the search's {status} answer is described");
        }
        Assert.NotNull(document["components"]!["schemas"]!["ProblemDetails"]);
        Assert.Null(document["servers"]);
    }
}
