using System.Net;
using Byline.Testing;
using System.Text.Json;

namespace Byline.IntegrationTests.ContentApi;

/// <summary>Every refusal under /api is an RFC 7807 problem in JSON that says what went wrong; the reader's pages keep their HTML errors.</summary>
public sealed class ApiProblemTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var problem = json.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/v1")]
    [InlineData("/api/v2/stories")]
    public async Task An_unknown_address_is_a_404_problem_that_points_at_the_document(string path)
    {
        using var client = host.CreateReader();
        using var response = await client.GetAsync(path, Cancel);

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(path, detail, StringComparison.Ordinal);
        Assert.Contains("/api/v1/openapi.json", detail, StringComparison.Ordinal);
        Assert.Equal(path, problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task A_method_an_endpoint_does_not_take_is_a_405_problem_with_allow()
    {
        using var client = host.CreateReader();
        using var response = await client.PostAsync("/api/v1/site", new StringContent("{}"), Cancel);

        var problem = await ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Contains("POST is not accepted at /api/v1/site", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_page_past_the_last_is_a_404_problem_naming_the_last_page()
    {
        using var client = host.CreateReader();
        using var first = await client.GetAsync("/api/v1/search?q=tram", Cancel);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync(Cancel));
        var pages = json.RootElement.GetProperty("pages").GetInt32();
        Assert.True(pages >= 1, "the sample site has stories about trams");

        using var past = await client.GetAsync($"/api/v1/search?q=tram&page={pages + 1}", Cancel);
        var problem = await ProblemAsync(past, HttpStatusCode.NotFound);
        Assert.Contains($"there is no page {pages + 1}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_stays_an_empty_first_page()
    {
        using var client = host.CreateReader();
        using var response = await client.GetAsync("/api/v1/search?q=zyxwvutsrq", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_readers_missing_page_is_still_the_html_error_page()
    {
        using var client = host.CreateReader();
        using var response = await client.GetAsync("/no-such-page-anywhere", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
