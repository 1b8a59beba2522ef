using System.Net;
using System.Text.Json;

namespace Byline.IntegrationTests.Search;

/// <summary>Past the per-address limit, searches are refused with 429, Retry-After and a message a person can read.</summary>
public sealed class SearchRateLimitTests(ThreeSearchesAMinuteHost host) : IClassFixture<ThreeSearchesAMinuteHost>
{
    [Fact]
    public async Task The_fourth_search_in_a_minute_is_refused_with_a_readable_message_on_page_and_api()
    {
        using var client = host.CreateReader();
        for (var i = 0; i < 3; i++)
        {
            // Distinct queries, so the output cache cannot answer in the limiter's place.
            using var allowed = await client.GetAsync(new Uri($"/search?q=tram{i}", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var page = await client.GetAsync(new Uri("/search?q=harbour", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.True(page.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a refusal says when to come back");
        var html = Html.Parse(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Too many searches", html.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var api = await client.GetAsync(new Uri("/api/v1/search?q=harbour", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Try again", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Other pages are not limited by search's policy.
        using var front = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, front.StatusCode);
    }
}
